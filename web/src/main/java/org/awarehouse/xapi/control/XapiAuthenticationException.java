package org.awarehouse.xapi.control;

import java.util.Map;
import org.awarehouse.platform.control.DomainException;

/**
 * The LRS request carries no usable credential: HTTP Basic with an LRS key and secret (xAPI
 * 1.0.3 Communication §4.1), answered with 401 and a Basic challenge.
 */
public class XapiAuthenticationException extends DomainException {

  public XapiAuthenticationException(String detail) {
    super(detail);
  }

  @Override
  public int status() {
    return 401;
  }

  @Override
  public String type() {
    return "xapi-authentication-required";
  }

  @Override
  public String title() {
    return "LRS credentials required";
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("WWW-Authenticate", "Basic realm=\"Awarehouse LRS\", charset=\"UTF-8\"");
  }
}
