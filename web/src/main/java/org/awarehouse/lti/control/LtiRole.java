package org.awarehouse.lti.control;

/**
 * What a launching user may do here, reduced from the many role URIs platforms send (LTI Core 1.3
 * Appendix A.2). {@link LtiRoles} does the reduction.
 */
public enum LtiRole {
  LEARNER(false),
  INSTRUCTOR(true),
  ADMINISTRATOR(true),
  CONTENT_DEVELOPER(true),
  MENTOR(false),
  TEACHING_ASSISTANT(true),
  /** A role we do not act on, such as a non-core membership role or an institution role. */
  OTHER(false);

  private final boolean staff;

  LtiRole(boolean staff) {
    this.staff = staff;
  }

  /** Staff may choose content and see everyone's results in their context. */
  public boolean isStaff() {
    return staff;
  }
}
