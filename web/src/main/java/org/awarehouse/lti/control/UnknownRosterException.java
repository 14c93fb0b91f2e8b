package org.awarehouse.lti.control;

import org.awarehouse.platform.control.NotFoundException;

/** No roster for this course: no instructor or learner launched from it with NRPS offered. */
public class UnknownRosterException extends NotFoundException {

  public UnknownRosterException(String contextId) {
    super("There is no roster for course '" + contextId + "': it appears once someone launches from the course "
        + "and the platform offers Names and Role Provisioning Services.");
  }

  @Override
  public String type() {
    return "unknown-roster";
  }

  @Override
  public String title() {
    return "Unknown roster";
  }
}
