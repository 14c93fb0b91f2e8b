package org.awarehouse.runtime.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitOutcomeTest {

  @ParameterizedTest(name = "1.2 lesson_status {0} -> {1}/{2}")
  @CsvSource({
      "passed, completed, passed",
      "failed, completed, failed",
      "completed, completed, unknown",
      "incomplete, incomplete, unknown",
      "browsed, incomplete, unknown",
      "not attempted, not attempted, unknown"})
  void scorm12StatusesMapToCompletionAndSuccess(String status, String completion, String success) {
    UnitOutcome outcome = UnitOutcome.of(ScormVersion.V1_2, Map.of("cmi.core.lesson_status", status), 0.8, null);
    assertEquals(completion, outcome.completion());
    assertEquals(success, outcome.success());
  }

  @Test
  void scorm12RawScoreIsScaledWithinMinAndMax() {
    assertEquals(0.85, UnitOutcome.of(ScormVersion.V1_2, Map.of("cmi.core.score.raw", "85"), null, null).scoreScaled());
    assertEquals(0.5, UnitOutcome.of(ScormVersion.V1_2,
        Map.of("cmi.core.score.raw", "15", "cmi.core.score.min", "10", "cmi.core.score.max", "20"), null, null)
        .scoreScaled());
    assertNull(UnitOutcome.of(ScormVersion.V1_2, Map.of(), null, null).scoreScaled());
  }

  @Test
  void scorm2004ThresholdAndProgressDecideCompletion() {
    // RTE 4.2.4.1: with a threshold, progress_measure decides whatever completion_status says
    assertEquals("incomplete", UnitOutcome.of(ScormVersion.V2004,
        Map.of("cmi.completion_status", "completed", "cmi.progress_measure", "0.5"), null, 0.8).completion());
    assertEquals("completed", UnitOutcome.of(ScormVersion.V2004,
        Map.of("cmi.completion_status", "incomplete", "cmi.progress_measure", "0.8"), null, 0.8).completion());
    assertEquals("unknown", UnitOutcome.of(ScormVersion.V2004,
        Map.of("cmi.completion_status", "completed"), null, 0.8).completion());
    assertEquals("completed", UnitOutcome.of(ScormVersion.V2004,
        Map.of("cmi.completion_status", "completed"), null, null).completion());
  }

  @Test
  void scorm2004PassingScoreAndScaledScoreDecideSuccess() {
    // RTE 4.2.22.1: with a scaled passing score, score.scaled decides
    assertEquals("failed", UnitOutcome.of(ScormVersion.V2004,
        Map.of("cmi.success_status", "passed", "cmi.score.scaled", "0.7"), 0.8, null).success());
    assertEquals("passed", UnitOutcome.of(ScormVersion.V2004, Map.of("cmi.score.scaled", "0.8"), 0.8, null).success());
    assertEquals("unknown", UnitOutcome.of(ScormVersion.V2004, Map.of("cmi.success_status", "passed"), 0.8, null)
        .success());
    // the content's own scaled_passing_score (set from the manifest at launch) counts the same
    assertEquals("passed", UnitOutcome.of(ScormVersion.V2004,
        Map.of("cmi.scaled_passing_score", "0.5", "cmi.score.scaled", "0.6"), null, null).success());
    assertEquals("passed", UnitOutcome.of(ScormVersion.V2004, Map.of("cmi.success_status", "passed"), null, null)
        .success());
  }

  @Test
  void scorm2004WithoutScaledScoreFallsBackToRaw() {
    assertEquals(0.9, UnitOutcome.of(ScormVersion.V2004,
        Map.of("cmi.score.raw", "9", "cmi.score.min", "0", "cmi.score.max", "10"), null, null).scoreScaled(), 1e-9);
  }
}
