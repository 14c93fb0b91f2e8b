package org.awarehouse.lti.control;

import java.util.UUID;
import org.awarehouse.platform.control.NotFoundException;

/** No platform registration with this id in the caller's organisation. */
public class UnknownPlatformException extends NotFoundException {

  public UnknownPlatformException(UUID id) {
    super("There is no platform registration with id " + id + " in your organisation.");
  }

  @Override
  public String type() {
    return "unknown-platform";
  }

  @Override
  public String title() {
    return "Unknown platform";
  }
}
