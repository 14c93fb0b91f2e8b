package org.awarehouse.runtime.control;

/**
 * An AU's outcome in SCORM 2004 terms (as runtime_unit_state keeps it for the player and the
 * rollup) after one of its cmi5 defined statements: completed completes; passed passes with its
 * score; failed fails unless the AU passed already (cmi5 section 9.3: no Failed after Passed).
 */
final class Cmi5Outcomes {

  private Cmi5Outcomes() {}

  static UnitOutcome after(UnitOutcome before, Cmi5Rules.Said said) {
    return switch (said.verb()) {
      case COMPLETED -> new UnitOutcome("completed", before.success(), before.scoreScaled());
      case PASSED -> new UnitOutcome(started(before), "passed", score(said, before));
      case FAILED -> "passed".equals(before.success()) ? before
          : new UnitOutcome(started(before), "failed", score(said, before));
      case INITIALIZED -> new UnitOutcome(started(before), before.success(), before.scoreScaled());
      default -> before;
    };
  }

  /** A launched AU that has not completed is incomplete, as SCORM calls an attempted unit. */
  private static String started(UnitOutcome before) {
    return before.completed() ? before.completion() : "incomplete";
  }

  private static Double score(Cmi5Rules.Said said, UnitOutcome before) {
    return said.scaled() != null ? said.scaled() : before.scoreScaled();
  }
}
