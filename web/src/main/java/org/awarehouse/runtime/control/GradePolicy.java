package org.awarehouse.runtime.control;

import org.awarehouse.lti.control.GradeOutbox;
import org.awarehouse.runtime.entity.Attempt;

/**
 * What a package's outcome means for the gradebook (AGS 2.0 §3.4.4–3.4.5): a score posts the
 * scaled score out of 100. A package that expects a score (a unit has a mastery score) and is
 * completed without one yet posts Completed with the grade Pending, so that full marks never
 * stand in for a score that is still to come; a completion-only package posts full marks once
 * completed. Until then the work is in progress and the grade pending.
 */
final class GradePolicy {
  static final double MAXIMUM = 100;

  private GradePolicy() {}

  static GradeOutbox.Score score(Attempt attempt, UnitOutcome outcome, boolean expectsScore) {
    boolean done = outcome.completed() || "passed".equals(outcome.success()) || "failed".equals(outcome.success());
    Double given = null; // a conditional expression here would unbox the null
    if (outcome.scoreScaled() != null) {
      given = Math.round(Math.max(0, outcome.scoreScaled()) * 10000) / 100.0;
    } else if (done && !expectsScore) {
      given = MAXIMUM;
    }
    boolean graded = done && given != null;
    return new GradeOutbox.Score(attempt.organisationId(), attempt.platformId(), attempt.resourceLinkId(),
        attempt.learnerId(), attempt.contextId(), given, MAXIMUM, done ? "Completed" : "InProgress",
        graded ? "FullyGraded" : "Pending", done && outcome.scoreScaled() == null && !expectsScore);
  }

  /** Whether any unit has a mastery score (SCORM) or masteryScore (cmi5), so a score is to come. */
  static boolean expectsScore(org.awarehouse.content.control.PackageStructure structure) {
    return structure.units().stream().anyMatch(u -> u.masteryScore() != null);
  }
}
