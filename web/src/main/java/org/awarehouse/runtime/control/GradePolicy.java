package org.awarehouse.runtime.control;

import org.awarehouse.lti.control.GradeOutbox;
import org.awarehouse.runtime.entity.Attempt;

/**
 * What a package's outcome means for the gradebook (AGS 2.0 §3.4.4–3.4.5): a scored package
 * posts its scaled score out of 100; a completion-only package posts full marks once completed;
 * until then the work is in progress and the grade pending.
 */
final class GradePolicy {
  static final double MAXIMUM = 100;

  private GradePolicy() {}

  static GradeOutbox.Score score(Attempt attempt, UnitOutcome outcome) {
    boolean done = outcome.completed() || "passed".equals(outcome.success()) || "failed".equals(outcome.success());
    Double given = null; // a conditional expression here would unbox the null
    if (outcome.scoreScaled() != null) {
      given = Math.round(Math.max(0, outcome.scoreScaled()) * 10000) / 100.0;
    } else if (done) {
      given = MAXIMUM;
    }
    return new GradeOutbox.Score(attempt.organisationId(), attempt.platformId(), attempt.resourceLinkId(),
        attempt.learnerId(), attempt.contextId(), given, MAXIMUM, done ? "Completed" : "InProgress",
        done ? "FullyGraded" : "Pending");
  }
}
