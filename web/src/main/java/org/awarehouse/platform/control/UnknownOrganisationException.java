package org.awarehouse.platform.control;

import java.util.UUID;

/** No organisation with this id exists (or the caller may not see it). */
public class UnknownOrganisationException extends NotFoundException {

  public UnknownOrganisationException(UUID id) {
    super("There is no organisation with id " + id + ".");
  }

  @Override
  public String type() {
    return "unknown-organisation";
  }

  @Override
  public String title() {
    return "Unknown organisation";
  }
}
