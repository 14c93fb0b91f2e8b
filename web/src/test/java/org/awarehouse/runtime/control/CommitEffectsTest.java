package org.awarehouse.runtime.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awarehouse.content.control.PackageStructure;
import org.awarehouse.platform.control.InvalidInputException;
import org.awarehouse.xapi.control.StatementValidator;
import org.awarehouse.xapi.control.XapiVersion;
import org.junit.jupiter.api.Test;

class CommitEffectsTest {
  static final PackageStructure.Unit SCO = new PackageStructure.Unit("sco-1", "Spot the fake invoice", "sco",
      "index.html", "", null, null, 0.8, null, null, null, null, null, null, null, null, null);
  static final ScormStatements.Subject SUBJECT = new ScormStatements.Subject("https://awarehouse.example",
      "learner-pseudonym", UUID.randomUUID(), UUID.randomUUID(), "Invoice fraud", "sco-1", "Spot the fake invoice");

  private static CommitEffects commit(ScormVersion version, Map<String, String> stored, Map<String, String> data,
      boolean terminated) {
    return CommitEffects.of(version, SCO, stored, new Attempts.Commit("sco-1", 1, 1, terminated, data), 60);
  }

  private static List<String> verbs(List<JsonObject> statements) {
    return statements.stream().map(s -> s.getJsonObject("verb").getString("id").replace(ScormStatements.ADL_VERBS, ""))
        .toList();
  }

  @Test
  void aPassingScorm12FinishReportsAnsweredCompletedPassedAndTerminated() {
    CommitEffects effects = commit(ScormVersion.V1_2, Map.of("cmi.core.lesson_status", "incomplete"), Map.of(
        "cmi.interactions.0.id", "q1", "cmi.interactions.0.type", "choice",
        "cmi.interactions.0.student_response", "a,c", "cmi.interactions.0.result", "correct",
        "cmi.interactions.0.correct_responses.0.pattern", "a,c",
        "cmi.core.lesson_status", "passed", "cmi.core.score.raw", "90", "cmi.core.session_time", "00:05:00"), true);
    List<JsonObject> statements = effects.statements(SUBJECT);
    assertEquals(List.of("answered", "completed", "passed", "terminated"), verbs(statements));
    JsonObject answered = statements.get(0);
    assertEquals("a[,]c", answered.getJsonObject("result").getString("response"));
    assertTrue(answered.getJsonObject("result").getBoolean("success"));
    assertEquals("a[,]c", answered.getJsonObject("object").getJsonObject("definition")
        .getJsonArray("correctResponsesPattern").getString(0));
    assertEquals(0.9, statements.get(2).getJsonObject("result").getJsonObject("score").getJsonNumber("scaled")
        .doubleValue(), 1e-9);
    assertEquals("PT300.0S", statements.get(3).getJsonObject("result").getString("duration"));
    // session time accumulates into total time
    assertEquals(300.0, effects.sessionSeconds());
    assertEquals("0000:06:00.00", effects.data().get("cmi.core.total_time"));
  }

  @Test
  void everyStatementIsValidXapi() {
    CommitEffects effects = commit(ScormVersion.V2004, Map.of(), Map.of(
        "cmi.interactions.0.id", "urn:q:1", "cmi.interactions.0.type", "true-false",
        "cmi.interactions.0.learner_response", "true", "cmi.interactions.0.result", "incorrect",
        "cmi.interactions.0.description", "Is the bank change genuine?",
        "cmi.completion_status", "completed", "cmi.score.scaled", "0.5",
        "cmi.exit", "suspend", "cmi.session_time", "PT2M"), true);
    StatementValidator validator = new StatementValidator(XapiVersion.V2_0_0);
    List<JsonObject> statements = effects.statements(SUBJECT);
    assertEquals(List.of("answered", "completed", "failed", "suspended"), verbs(statements));
    statements.forEach(validator::validate);
    assertFalse(statements.get(0).getJsonObject("result").getBoolean("success"));
  }

  @Test
  void aCommitThatChangesNothingReportsNothing() {
    Map<String, String> stored = Map.of("cmi.core.lesson_status", "passed", "cmi.core.score.raw", "90");
    assertEquals(List.of(), commit(ScormVersion.V1_2, stored, Map.of("cmi.core.lesson_location", "p3"), false)
        .statements(SUBJECT));
  }

  @Test
  void aBetterScoreIsReportedAgain() {
    Map<String, String> stored = Map.of("cmi.core.lesson_status", "passed", "cmi.core.score.raw", "85");
    assertEquals(List.of("passed"), verbs(commit(ScormVersion.V1_2, stored, Map.of("cmi.core.score.raw", "95"), false)
        .statements(SUBJECT)));
  }

  @Test
  void elementsOutsideTheDataModelAndOversizedValuesAreRefused() {
    assertThrows(InvalidInputException.class,
        () -> commit(ScormVersion.V2004, Map.of(), Map.of("awh.secret", "x"), false));
    assertThrows(InvalidInputException.class,
        () -> commit(ScormVersion.V2004, Map.of(), Map.of("cmi.suspend_data", "x".repeat(64_001)), false));
  }
}
