package org.awarehouse.runtime.control;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.awarehouse.content.control.PackageStructure;
import org.awarehouse.platform.control.InvalidInputException;

/**
 * What one commit does to a unit: the merged data model, the outcome before and after, and the
 * statements that tell it (answered interactions, completed, passed or failed, and at the end
 * of a session suspended or terminated with the session's duration). Pure, so every rule is
 * unit-tested.
 */
public record CommitEffects(ScormVersion version, Map<String, String> data, Map<String, String> changed,
    UnitOutcome before, UnitOutcome after, boolean terminated, double sessionSeconds) {
  /** More elements than any real content writes; a cap on what one attempt may make us store. */
  static final int MAX_ELEMENTS = 10_000;
  /** SCORM 2004 4th edition's largest SPM: suspend_data's 64,000 characters. */
  static final int MAX_VALUE_LENGTH = 64_000;

  static CommitEffects of(ScormVersion version, PackageStructure.Unit unit, Map<String, String> stored,
      Attempts.Commit commit, double totalSecondsBefore) {
    Map<String, String> changed = commit.data() == null ? Map.of() : commit.data();
    for (Map.Entry<String, String> e : changed.entrySet()) {
      if (e.getKey() == null || !(e.getKey().startsWith("cmi.") || e.getKey().startsWith("adl.nav."))) {
        throw new InvalidInputException("data", "holds '" + e.getKey() + "', which is not a data model element");
      }
      if (e.getValue() == null || e.getValue().length() > MAX_VALUE_LENGTH) {
        throw new InvalidInputException("data." + e.getKey(), "must be a string of at most " + MAX_VALUE_LENGTH
            + " characters");
      }
    }
    Map<String, String> merged = new TreeMap<>(stored);
    merged.putAll(changed);
    if (merged.size() > MAX_ELEMENTS) {
      throw new InvalidInputException("data", "would make the unit's data model larger than " + MAX_ELEMENTS
          + " elements");
    }
    UnitOutcome before = UnitOutcome.of(version, stored, unit.masteryScore(), unit.completionThreshold());
    UnitOutcome after = UnitOutcome.of(version, merged, unit.masteryScore(), unit.completionThreshold());
    double session = 0;
    if (commit.terminated()) {
      session = version.seconds(merged.get(version.sessionTime())).orElse(0.0);
      merged.put(version.totalTime(), version.formatTime(totalSecondsBefore + session));
    }
    return new CommitEffects(version, merged, changed, before, after, commit.terminated(), session);
  }

  List<JsonObject> statements(ScormStatements.Subject subject) {
    List<JsonObject> made = new ArrayList<>();
    for (Interaction interaction : Interaction.answeredIn(version, data, changed.keySet())) {
      made.add(ScormStatements.answered(subject, interaction));
    }
    if (after.completed() && !before.completed()) {
      made.add(ScormStatements.onUnit(subject, "completed", ScormStatements.result(after.scoreScaled(), true, null, null)));
    }
    if (isVerdict(after.success()) && (!after.success().equals(before.success())
        || !Objects.equals(after.scoreScaled(), before.scoreScaled()))) {
      boolean passed = "passed".equals(after.success());
      made.add(ScormStatements.onUnit(subject, after.success(),
          ScormStatements.result(after.scoreScaled(), null, passed, null)));
    }
    if (terminated) {
      boolean suspended = "suspend".equals(data.get(version.exit()));
      made.add(ScormStatements.onUnit(subject, suspended ? "suspended" : "terminated",
          ScormStatements.result(null, null, null, sessionSeconds)));
    }
    return made;
  }

  /** completed, passed or failed on the package when its rollup changed. */
  static List<JsonObject> packageStatements(ScormStatements.Subject subject, UnitOutcome before, UnitOutcome after) {
    List<JsonObject> made = new ArrayList<>();
    if (after.completed() && !before.completed()) {
      made.add(ScormStatements.onPackage(subject, "completed",
          ScormStatements.result(after.scoreScaled(), true, null, null)));
    }
    if (isVerdict(after.success()) && (!after.success().equals(before.success())
        || !Objects.equals(after.scoreScaled(), before.scoreScaled()))) {
      made.add(ScormStatements.onPackage(subject, after.success(),
          ScormStatements.result(after.scoreScaled(), null, "passed".equals(after.success()), null)));
    }
    return made;
  }

  private static boolean isVerdict(String success) {
    return "passed".equals(success) || "failed".equals(success);
  }
}
