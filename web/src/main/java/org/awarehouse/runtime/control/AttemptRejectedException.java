package org.awarehouse.runtime.control;

import java.util.Map;
import org.awarehouse.platform.control.DomainException;

/**
 * A runtime call without a valid attempt token, with one that expired, or for an attempt the
 * token does not name. The content cannot continue saving; the learner reopens the module.
 */
public class AttemptRejectedException extends DomainException {

  public AttemptRejectedException(String detail) {
    super(detail);
  }

  @Override
  public int status() {
    return 401;
  }

  @Override
  public String type() {
    return "attempt-rejected";
  }

  @Override
  public String title() {
    return "This attempt cannot be saved";
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("WWW-Authenticate", "Bearer realm=\"awarehouse-runtime\"");
  }
}
