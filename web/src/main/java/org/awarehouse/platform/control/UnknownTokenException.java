package org.awarehouse.platform.control;

import java.util.UUID;

/** No API token with this id exists in the caller's organisation. */
public class UnknownTokenException extends NotFoundException {

  public UnknownTokenException(UUID id) {
    super("There is no API token with id " + id + " in your organisation.");
  }

  @Override
  public String type() {
    return "unknown-token";
  }

  @Override
  public String title() {
    return "Unknown API token";
  }
}
