package org.awarehouse.runtime.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.awarehouse.content.control.PackageStructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Cmi5MoveOnTest {
  static final UnitOutcome NOTHING = new UnitOutcome("incomplete", "unknown", null);
  static final UnitOutcome COMPLETED = new UnitOutcome("completed", "unknown", null);
  static final UnitOutcome PASSED = new UnitOutcome("incomplete", "passed", 0.9);
  static final UnitOutcome BOTH = new UnitOutcome("completed", "passed", 0.9);
  static final UnitOutcome FAILED = new UnitOutcome("completed", "failed", 0.4);

  @ParameterizedTest(name = "{0} with {1}: {2}")
  @CsvSource({
      "Completed, NOTHING, false", "Completed, COMPLETED, true", "Completed, PASSED, false",
      "Passed, COMPLETED, false", "Passed, PASSED, true", "Passed, FAILED, false",
      "CompletedAndPassed, COMPLETED, false", "CompletedAndPassed, PASSED, false", "CompletedAndPassed, BOTH, true",
      "CompletedOrPassed, NOTHING, false", "CompletedOrPassed, COMPLETED, true", "CompletedOrPassed, PASSED, true",
      "CompletedOrPassed, FAILED, true",
      "NotApplicable, NOTHING, true", "NotApplicable, NONE, true", "Passed, NONE, false"})
  void moveOn(String moveOn, String outcome, boolean satisfied) {
    UnitOutcome o = switch (outcome) {
      case "NOTHING" -> NOTHING;
      case "COMPLETED" -> COMPLETED;
      case "PASSED" -> PASSED;
      case "BOTH" -> BOTH;
      case "FAILED" -> FAILED;
      default -> null;
    };
    assertEquals(satisfied, Cmi5MoveOn.satisfied(moveOn, o));
  }

  /** The shape of cmi5-basic plus a second block: course > block b1 (au1, au2), block b2 (au3 NotApplicable). */
  static final PackageStructure COURSE = new PackageStructure(
      List.of(Cmi5Fixtures.au("au1", "CompletedAndPassed", 0.8), Cmi5Fixtures.au("au2", "Completed", null),
          Cmi5Fixtures.au("au3", "NotApplicable", null)),
      List.of(new PackageStructure.Toc("b1", "Block 1", null, List.of(
              new PackageStructure.Toc("au1", "AU 1", "au1", List.of()),
              new PackageStructure.Toc("au2", "AU 2", "au2", List.of()))),
          new PackageStructure.Toc("b2", "Block 2", null, List.of(new PackageStructure.Toc("au3", "AU 3", "au3", List.of())))),
      true, true);

  static List<String> keys(Map<String, UnitOutcome> outcomes) {
    return Cmi5MoveOn.satisfiedNodes(COURSE, outcomes).stream().map(Cmi5MoveOn.Node::key).toList();
  }

  @Test
  void blocksAndTheCourseAreSatisfiedWhenAllTheirAusAre() {
    // the NotApplicable AU satisfies its block before anything is launched (cmi5 section 9.6.1)
    assertEquals(List.of("b2"), keys(Map.of()));
    assertEquals(List.of("b2"), keys(Map.of("au1", COMPLETED, "au2", COMPLETED)));
    assertEquals(List.of("b1", "b2", Cmi5MoveOn.COURSE), keys(Map.of("au1", BOTH, "au2", COMPLETED)));
  }

  @Test
  void theRollupCompletesWithTheCourseAndPassesWhenAnAuPassed() {
    assertEquals(new UnitOutcome("not attempted", "unknown", null), Cmi5MoveOn.rollup(COURSE, Map.of()));
    UnitOutcome half = Cmi5MoveOn.rollup(COURSE, Map.of("au1", PASSED));
    assertEquals("incomplete", half.completion());
    assertEquals("unknown", half.success());
    UnitOutcome done = Cmi5MoveOn.rollup(COURSE, Map.of("au1", BOTH, "au2", COMPLETED));
    assertEquals(new UnitOutcome("completed", "passed", 0.9), done);
    assertEquals("failed", Cmi5MoveOn.rollup(COURSE, Map.of("au1", FAILED)).success());
    assertNull(Cmi5MoveOn.rollup(COURSE, Map.of("au2", COMPLETED)).scoreScaled());
  }

  @Test
  void outcomesFollowTheAusStatements() {
    UnitOutcome start = new UnitOutcome("unknown", "unknown", null);
    UnitOutcome initialized = Cmi5Outcomes.after(start, new Cmi5Rules.Said(Cmi5Rules.Verb.INITIALIZED, null, null));
    assertEquals("incomplete", initialized.completion());
    UnitOutcome failed = Cmi5Outcomes.after(initialized, new Cmi5Rules.Said(Cmi5Rules.Verb.FAILED, 0.5, 1.0));
    assertEquals(new UnitOutcome("incomplete", "failed", 0.5), failed);
    UnitOutcome passed = Cmi5Outcomes.after(failed, new Cmi5Rules.Said(Cmi5Rules.Verb.PASSED, 0.9, 1.0));
    UnitOutcome completed = Cmi5Outcomes.after(passed, new Cmi5Rules.Said(Cmi5Rules.Verb.COMPLETED, null, 1.0));
    assertEquals(new UnitOutcome("completed", "passed", 0.9), completed);
  }
}
