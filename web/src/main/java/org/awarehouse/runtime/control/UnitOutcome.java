package org.awarehouse.runtime.control;

import java.util.Map;

/**
 * What a unit's data model says about the learner's progress, in SCORM 2004 terms for both
 * versions: completion (completed, incomplete, not attempted, unknown), success (passed, failed,
 * unknown) and a score scaled to -1..1.
 */
public record UnitOutcome(String completion, String success, Double scoreScaled) {
  public static final String UNKNOWN = "unknown";

  public boolean completed() {
    return "completed".equals(completion);
  }

  public static UnitOutcome of(ScormVersion version, Map<String, String> cmi, Double masteryScore,
      Double completionThreshold) {
    return version == ScormVersion.V1_2 ? of12(cmi) : of2004(cmi, masteryScore, completionThreshold);
  }

  /**
   * SCORM 1.2 has one lesson_status for both. Passed and failed both mean the learner finished
   * (as SCORM 1.2 LMSs report it); browsed is a look in browse mode, not a completion.
   */
  private static UnitOutcome of12(Map<String, String> cmi) {
    String status = cmi.getOrDefault("cmi.core.lesson_status", "not attempted");
    Double score = scaled(cmi.get("cmi.core.score.raw"), cmi.get("cmi.core.score.min"), cmi.get("cmi.core.score.max"));
    return switch (status) {
      case "passed" -> new UnitOutcome("completed", "passed", score);
      case "failed" -> new UnitOutcome("completed", "failed", score);
      case "completed" -> new UnitOutcome("completed", UNKNOWN, score);
      case "incomplete", "browsed" -> new UnitOutcome("incomplete", UNKNOWN, score);
      default -> new UnitOutcome("not attempted", UNKNOWN, score);
    };
  }

  /**
   * SCORM 2004 RTE 4.2.4.1 and 4.2.22.1: with a completion threshold, the progress measure alone
   * decides completion (unknown without one); with a scaled passing score, the scaled score alone
   * decides success. Otherwise what the content set stands.
   */
  private static UnitOutcome of2004(Map<String, String> cmi, Double passingScore, Double completionThreshold) {
    String completion = cmi.getOrDefault("cmi.completion_status", UNKNOWN);
    Double progress = number(cmi.get("cmi.progress_measure"));
    if (completionThreshold != null) {
      completion = progress == null ? UNKNOWN : progress >= completionThreshold ? "completed" : "incomplete";
    }
    Double score = number(cmi.get("cmi.score.scaled"));
    if (score == null) {
      score = scaled(cmi.get("cmi.score.raw"), cmi.get("cmi.score.min"), cmi.get("cmi.score.max"));
    }
    String success = cmi.getOrDefault("cmi.success_status", UNKNOWN);
    Double passing = number(cmi.get("cmi.scaled_passing_score"));
    if (passing == null) {
      passing = passingScore;
    }
    Double scaled = number(cmi.get("cmi.score.scaled"));
    if (passing != null) {
      success = scaled == null ? UNKNOWN : scaled >= passing ? "passed" : "failed";
    }
    return new UnitOutcome(completion, success, score);
  }

  /** raw within min..max (SCORM 1.2 defaults 0..100) as 0..1; null without a raw score. */
  private static Double scaled(String raw, String min, String max) {
    Double r = number(raw);
    if (r == null) {
      return null;
    }
    double lo = number(min) == null ? 0 : number(min);
    double hi = number(max) == null ? 100 : number(max);
    if (hi <= lo) {
      return null;
    }
    return Math.max(0, Math.min(1, (r - lo) / (hi - lo)));
  }

  private static Double number(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      double d = Double.parseDouble(value);
      return Double.isFinite(d) ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
