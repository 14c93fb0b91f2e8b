package org.awarehouse.lti.control;

/**
 * A page token asked for what only instructors and administrators get from a launch's page: the
 * course overview, or trying the module.
 */
public class StaffOnlyException extends RuleBrokenException {
  private final String what;

  /** @param what what was asked for, such as "The course overview" */
  public StaffOnlyException(String what, String rule, String detail) {
    super(rule, detail);
    this.what = what;
  }

  @Override
  public int status() {
    return 403;
  }

  @Override
  public String type() {
    return "lti-staff-only";
  }

  @Override
  protected String refusal() {
    return what + " is for instructors and administrators";
  }
}
