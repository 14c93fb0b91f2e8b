package org.awarehouse.runtime.control;

import static org.awarehouse.runtime.control.Cmi5Fixtures.FRESH;
import static org.awarehouse.runtime.control.Cmi5Fixtures.allowed;
import static org.awarehouse.runtime.control.Cmi5Fixtures.defined;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Sequences of statements in one session, and which the LMS accepts (cmi5 section 9). */
class Cmi5RulesTest {

  static JsonObject v(String verb) {
    return defined(verb).build();
  }

  static JsonObject other() {
    return allowed("http://adlnet.gov/expapi/verbs/experienced", null).build();
  }

  /** Runs the sequence; returns the accepted verbs, or throws at the first rejected statement. */
  static List<Cmi5Rules.Verb> run(Cmi5Rules.Facts facts, List<JsonObject> statements) {
    List<Cmi5Rules.Verb> accepted = new ArrayList<>();
    for (JsonObject s : statements) {
      Cmi5Rules.Said said = Cmi5Rules.check(facts, s);
      facts = facts.after(said);
      accepted.add(said.verb());
    }
    return accepted;
  }

  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of("a full session", List.of(v("initialized"), v("completed"), v("passed"), v("terminated"))),
        Arguments.of("allowed statements between initialized and terminated",
            List.of(v("initialized"), other(), other(), v("terminated"))),
        Arguments.of("failed, then (another session) nothing more", List.of(v("initialized"), v("failed"), v("terminated"))),
        Arguments.of("a pass without a score", List.of(v("initialized"),
            defined("passed").add("result", Json.createObjectBuilder().add("success", true).add("duration", "PT2S")).build())),
        Arguments.of("a pass exactly at the mastery score", List.of(v("initialized"),
            defined("passed").add("result", Json.createObjectBuilder().add("success", true).add("duration", "PT2S")
                .add("score", Json.createObjectBuilder().add("scaled", 0.8))).build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void accepted(String name, List<JsonObject> statements) {
    assertEquals(statements.size(), run(FRESH, statements).size());
  }

  static Stream<Arguments> rejected() {
    Function<String, JsonObject> wrongActor = verb -> defined(verb)
        .add("actor", Cmi5Statements.actor(Cmi5Fixtures.BASE, "someone-else")).build();
    return Stream.of(
        Arguments.of("nothing before initialized", List.of(other()), 400, "9.3"),
        Arguments.of("completed before initialized", List.of(v("completed")), 400, "9.3"),
        Arguments.of("initialized twice", List.of(v("initialized"), v("initialized")), 400, "9.3.2"),
        Arguments.of("completed twice", List.of(v("initialized"), v("completed"), v("completed")), 400, "9.3.3"),
        Arguments.of("passed and failed", List.of(v("initialized"), v("passed"), v("failed")), 400, "9.3"),
        Arguments.of("failed twice", List.of(v("initialized"), v("failed"), v("failed")), 400, "9.3"),
        Arguments.of("passed below the mastery score", List.of(v("initialized"), defined("passed")
            .add("result", Json.createObjectBuilder().add("success", true).add("duration", "PT2S")
                .add("score", Json.createObjectBuilder().add("scaled", 0.79))).build()), 400, "9.3.4"),
        Arguments.of("failed at the mastery score", List.of(v("initialized"), defined("failed")
            .add("result", Json.createObjectBuilder().add("success", false).add("duration", "PT2S")
                .add("score", Json.createObjectBuilder().add("scaled", 0.8))).build()), 400, "9.3.5"),
        Arguments.of("anything after terminated", List.of(v("initialized"), v("terminated"), other()), 403, "9.3.8"),
        Arguments.of("a terminated without duration", List.of(v("initialized"),
            defined("terminated").add("result", Json.createObjectBuilder()).build()), 400, "9.5.4.1"),
        Arguments.of("completed without completion", List.of(v("initialized"), defined("completed")
            .add("result", Json.createObjectBuilder().add("duration", "PT2S")).build()), 400, "9.5.3"),
        Arguments.of("a score on completed", List.of(v("initialized"), defined("completed")
            .add("result", Json.createObjectBuilder().add("completion", true).add("duration", "PT2S")
                .add("score", Json.createObjectBuilder().add("scaled", 1))).build()), 400, "9.5.1"),
        Arguments.of("passed without the moveOn category", List.of(v("initialized"),
            defined("passed").add("context", Cmi5Fixtures.allowed("x", Json.createArrayBuilder()
                .add(Cmi5Fixtures.category(Cmi5Statements.CMI5_CATEGORY))).build().getJsonObject("context")).build()),
            400, "9.6.2.2"),
        Arguments.of("another learner", List.of(wrongActor.apply("initialized")), 403, "9.2"),
        Arguments.of("another registration", List.of(defined("initialized").add("context", Json.createObjectBuilder(
            v("initialized").getJsonObject("context")).add("registration", "11111111-1111-4111-8111-111111111111"))
            .build()), 403, "9.6.1"),
        Arguments.of("without the session id", List.of(defined("initialized").add("context", Json.createObjectBuilder(
            v("initialized").getJsonObject("context")).remove("extensions")).build()), 403, "9.6.3.1"),
        Arguments.of("another AU", List.of(defined("initialized").add("object", Json.createObjectBuilder()
            .add("id", "https://publisher.example/au/1")).build()), 403, "9.4"),
        Arguments.of("an LMS verb", List.of(v("initialized"), defined("launched").build()), 403, "9.3"),
        Arguments.of("an unknown verb with the cmi5 category", List.of(v("initialized"), defined("progressed").build()),
            400, "7.1.3"),
        Arguments.of("voiding", List.of(v("initialized"), allowed(Cmi5Statements.VOIDED, null).build()), 403, "6.3"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void rejected(String name, List<JsonObject> statements, int status, String section) {
    Cmi5StatementRejectedException e = assertThrows(Cmi5StatementRejectedException.class, () -> run(FRESH, statements));
    assertEquals(status, e.status(), e.getMessage());
    assertTrue(e.getMessage().endsWith("(cmi5 section " + section + ")"), e.getMessage());
  }

  @Test
  void theRegistrationRemembersACompletionAndAPassAcrossSessions() {
    Cmi5Rules.Facts secondSession = new Cmi5Rules.Facts(FRESH.actor(), FRESH.registration(), FRESH.activityId(),
        FRESH.sessionId(), 0.8, false, false, false, false, true, true);
    assertThrows(Cmi5StatementRejectedException.class, () -> run(secondSession, List.of(v("initialized"), v("completed"))));
    assertThrows(Cmi5StatementRejectedException.class, () -> run(secondSession, List.of(v("initialized"), v("passed"))));
    // 9.3: "A Failed statement must not follow a Passed statement ... per registration"
    assertThrows(Cmi5StatementRejectedException.class, () -> run(secondSession, List.of(v("initialized"), v("failed"))));
    assertEquals(2, run(secondSession, List.of(v("initialized"), v("terminated"))).size());
  }

  @Test
  void theActorMayCarryANameAndTheSameAccount() {
    JsonObject named = defined("initialized").add("actor", Json.createObjectBuilder(Cmi5Fixtures.ACTOR)
        .add("name", "Learner")).build();
    assertEquals(Cmi5Rules.Verb.INITIALIZED, Cmi5Rules.check(FRESH, named).verb());
  }

  @Test
  void aSaidPassCarriesItsScoreAndDuration() {
    Cmi5Rules.Said said = Cmi5Rules.check(FRESH.after(new Cmi5Rules.Said(Cmi5Rules.Verb.INITIALIZED, null, null)),
        v("passed"));
    assertEquals(0.9, said.scaled());
    assertEquals(60.0, said.durationSeconds());
  }

  @Test
  void aBatchIsJudgedInOrderAndARejectionNamesItsPlace() {
    Cmi5Sessions.Judged judged = Cmi5Sessions.judge(FRESH, new UnitOutcome("unknown", "unknown", null),
        List.of(v("initialized"), v("completed"), v("passed"), v("terminated")));
    assertEquals(new UnitOutcome("completed", "passed", 0.9), judged.outcome());
    assertTrue(judged.facts().terminated());
    assertEquals(60.0, judged.sessionSeconds());
    Cmi5StatementRejectedException e = assertThrows(Cmi5StatementRejectedException.class, () -> Cmi5Sessions.judge(FRESH,
        new UnitOutcome("unknown", "unknown", null), List.of(v("initialized"), v("initialized"))));
    assertTrue(e.getMessage().startsWith("Statement [1]: "), e.getMessage());
  }
}
