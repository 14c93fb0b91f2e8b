package org.awarehouse.runtime.control;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awarehouse.content.control.PackageStructure;
import org.awarehouse.runtime.entity.UnitState;

/**
 * The package's outcome from its units', after SCORM 2004's default rollup rules (SN 4.6.5):
 * completed when every unit is; satisfied (passed) when every unit that judges success passed,
 * not satisfied (failed) as soon as one failed; the score is the mean of the units' scaled scores.
 */
final class Rollup {

  private Rollup() {}

  static UnitOutcome of(PackageStructure structure, List<UnitState> states) {
    Map<String, UnitState> byUnit = states.stream().collect(Collectors.toMap(UnitState::unitId, Function.identity()));
    List<PackageStructure.Unit> units = structure.units();
    boolean allCompleted = units.stream().allMatch(u -> byUnit.containsKey(u.id())
        && "completed".equals(byUnit.get(u.id()).completionStatus()));
    boolean anyStarted = !byUnit.isEmpty();
    String completion = allCompleted ? "completed" : anyStarted ? "incomplete" : "not attempted";

    List<String> verdicts = states.stream().map(UnitState::successStatus)
        .filter(s -> "passed".equals(s) || "failed".equals(s)).toList();
    String success = verdicts.contains("failed") ? "failed"
        : !verdicts.isEmpty() && allCompleted ? "passed" : UnitOutcome.UNKNOWN;

    Double score = states.stream().map(UnitState::scoreScaled).filter(s -> s != null)
        .mapToDouble(Double::doubleValue).average().stream().boxed().findFirst().orElse(null);
    return new UnitOutcome(completion, success, score);
  }
}
