package org.awarehouse.runtime.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.awarehouse.lti.control.GradeOutbox;
import org.awarehouse.runtime.entity.Attempt;
import org.junit.jupiter.api.Test;

class GradePolicyTest {
  static final Attempt ATTEMPT = new Attempt(UUID.randomUUID(), "learner", UUID.randomUUID(), UUID.randomUUID(),
      UUID.randomUUID(), "course", "link", false, Instant.now());

  @Test
  void aScoredOutcomePostsItsScaledScoreOutOf100() {
    GradeOutbox.Score score = GradePolicy.score(ATTEMPT, new UnitOutcome("completed", "passed", 0.876), true);
    assertEquals(87.6, score.scoreGiven(), 1e-9);
    assertFalse(score.completionMarks());
    assertEquals(100, score.scoreMaximum());
    assertEquals("Completed", score.activityProgress());
    assertEquals("FullyGraded", score.gradingProgress());
  }

  @Test
  void aCompletionWithoutAScorePostsFullMarksWhenNoScoreIsExpected() {
    GradeOutbox.Score score = GradePolicy.score(ATTEMPT, new UnitOutcome("completed", "unknown", null), false);
    assertEquals(100.0, score.scoreGiven());
    assertTrue(score.completionMarks(), "a link may ask for completion without marks");
  }

  @Test
  void aCompletionOfScoredContentWaitsForItsScore() {
    GradeOutbox.Score score = GradePolicy.score(ATTEMPT, new UnitOutcome("completed", "unknown", null), true);
    assertNull(score.scoreGiven(), "full marks must not stand in for a score still to come");
    assertEquals("Completed", score.activityProgress());
    assertEquals("Pending", score.gradingProgress());
  }

  @Test
  void aPerfectScoreIsAScoreNotCompletionMarks() {
    assertFalse(GradePolicy.score(ATTEMPT, new UnitOutcome("completed", "passed", 1.0), true).completionMarks());
  }

  @Test
  void workInProgressHasNoScoreAndAPendingGrade() {
    GradeOutbox.Score score = GradePolicy.score(ATTEMPT, new UnitOutcome("incomplete", "unknown", null), true);
    assertNull(score.scoreGiven());
    assertEquals("InProgress", score.activityProgress());
    assertEquals("Pending", score.gradingProgress());
  }
}
