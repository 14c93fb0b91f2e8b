package org.awarehouse.runtime.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.awarehouse.content.control.PackageStructure;

/**
 * moveOn (cmi5 section 13.1.4) from the AUs' outcomes: which AUs are satisfied, which blocks and
 * whether the course (section 9.3.9: "met the moveOn criteria of all AU's in a block ... in the
 * course"), and the attempt's rollup. Pure.
 */
public final class Cmi5MoveOn {
  /** The course's key among the satisfied nodes; block keys are their (IRI) ids, which hold a colon. */
  static final String COURSE = "course";

  private Cmi5MoveOn() {}

  /** A satisfied block or the course: its key, its publisher id (null for the course) and title. */
  public record Node(String key, String blockId, String title) {}

  /** Whether an AU with this moveOn and outcome lets the learner move on (13.1.4 moveOn). */
  public static boolean satisfied(String moveOn, UnitOutcome outcome) {
    boolean completed = outcome != null && outcome.completed();
    boolean passed = outcome != null && "passed".equals(outcome.success());
    return switch (moveOn == null ? "NotApplicable" : moveOn) {
      case "Completed" -> completed;
      case "Passed" -> passed;
      case "CompletedAndPassed" -> completed && passed;
      case "CompletedOrPassed" -> completed || passed;
      // NotApplicable: "moveOn criteria ... are met" without a launch (9.6.1)
      default -> true;
    };
  }

  /** The blocks (innermost first) and the course whose AUs are all satisfied. */
  public static List<Node> satisfiedNodes(PackageStructure structure, Map<String, UnitOutcome> outcomes) {
    List<Node> nodes = new ArrayList<>();
    blocks(structure.toc(), structure, outcomes, nodes);
    if (structure.units().stream().allMatch(u -> satisfied(Cmi5Statements.moveOn(u), outcomes.get(u.id())))) {
      nodes.add(new Node(COURSE, null, null));
    }
    return nodes;
  }

  /** Walks the contents; returns whether every AU under {@code toc} is satisfied. */
  private static boolean blocks(List<PackageStructure.Toc> toc, PackageStructure structure,
      Map<String, UnitOutcome> outcomes, List<Node> nodes) {
    boolean all = true;
    for (PackageStructure.Toc node : toc) {
      if (node.unitId() != null) {
        String moveOn = structure.unit(node.unitId()).map(Cmi5Statements::moveOn).orElse("NotApplicable");
        all &= satisfied(moveOn, outcomes.get(node.unitId()));
        continue;
      }
      List<PackageStructure.Toc> children = node.children() == null ? List.of() : node.children();
      boolean block = blocks(children, structure, outcomes, nodes);
      if (block && !children.isEmpty()) {
        nodes.add(new Node(node.id(), node.id(), node.title()));
      }
      all &= block;
    }
    return all;
  }

  /**
   * The attempt's outcome: completed once the course is satisfied; passed then if an AU passed,
   * failed while an AU failed without passing later; the score is the mean of the AUs' scores.
   */
  public static UnitOutcome rollup(PackageStructure structure, Map<String, UnitOutcome> outcomes) {
    boolean course = satisfiedNodes(structure, outcomes).stream().anyMatch(n -> COURSE.equals(n.key()));
    String completion = course ? "completed" : outcomes.isEmpty() ? "not attempted" : "incomplete";
    List<String> verdicts = outcomes.values().stream().map(UnitOutcome::success).toList();
    String success = verdicts.contains("failed") ? "failed"
        : course && verdicts.contains("passed") ? "passed" : UnitOutcome.UNKNOWN;
    Double score = outcomes.values().stream().map(UnitOutcome::scoreScaled).filter(Objects::nonNull)
        .mapToDouble(Double::doubleValue).average().stream().boxed().findFirst().orElse(null);
    return new UnitOutcome(completion, success, score);
  }
}
