package org.awarehouse.xapi.control;

import java.util.UUID;
import org.awarehouse.platform.control.NotFoundException;

/** No xAPI credential with this id in the caller's organisation. */
public class UnknownCredentialException extends NotFoundException {

  public UnknownCredentialException(UUID id) {
    super("There is no xAPI credential " + id + " in your organisation.");
  }

  @Override
  public String type() {
    return "unknown-xapi-credential";
  }

  @Override
  public String title() {
    return "Unknown xAPI credential";
  }
}
