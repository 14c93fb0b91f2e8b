package org.awarehouse.runtime.control;

import static org.awarehouse.runtime.control.Cmi5Rules.Verb.ALLOWED;
import static org.awarehouse.runtime.control.Cmi5Rules.Verb.COMPLETED;
import static org.awarehouse.runtime.control.Cmi5Rules.Verb.FAILED;
import static org.awarehouse.runtime.control.Cmi5Rules.Verb.INITIALIZED;
import static org.awarehouse.runtime.control.Cmi5Rules.Verb.PASSED;
import static org.awarehouse.runtime.control.Cmi5Rules.Verb.TERMINATED;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.awarehouse.xapi.control.XapiKeys;

/**
 * The rules the LMS enforces on what an AU says in a session (cmi5 sections 9.2 to 9.6), one
 * statement at a time: who and where (the launch's actor, registration, session and AU), the
 * order (initialized first, terminated last, each cmi5 defined verb once) and the result each
 * cmi5 defined verb must carry. Pure: {@link Facts} is what the session said so far.
 */
public final class Cmi5Rules {

  /** What a statement said: a cmi5 defined verb, or a "cmi5 allowed" statement (section 7.1.3). */
  public enum Verb {
    INITIALIZED, COMPLETED, PASSED, FAILED, TERMINATED, ALLOWED;

    static Optional<Verb> defined(String id) {
      for (Verb v : values()) {
        if (v != ALLOWED && (Cmi5Statements.ADL_VERBS + v.name().toLowerCase(java.util.Locale.ROOT)).equals(id)) {
          return Optional.of(v);
        }
      }
      return Optional.empty();
    }
  }

  /** One accepted statement: its verb and, for passed and failed, its scaled score. */
  public record Said(Verb verb, Double scaled, Double durationSeconds) {}

  /**
   * The session and registration as the rules need them.
   *
   * @param completedBefore the AU completed earlier in this registration (section 9.3)
   * @param passedBefore the AU passed earlier in this registration (section 9.3)
   */
  public record Facts(JsonObject actor, UUID registration, String activityId, UUID sessionId, Double masteryScore,
      boolean initialized, boolean completed, boolean judged, boolean terminated, boolean completedBefore,
      boolean passedBefore) {

    /** The facts after an accepted statement. */
    public Facts after(Said said) {
      Verb v = said.verb();
      return new Facts(actor, registration, activityId, sessionId, masteryScore, initialized || v == INITIALIZED,
          completed || v == COMPLETED, judged || v == PASSED || v == FAILED, terminated || v == TERMINATED,
          completedBefore || v == COMPLETED, passedBefore || v == PASSED);
    }
  }

  private Cmi5Rules() {}

  /**
   * What the statement says, if the session may say it.
   *
   * @throws Cmi5StatementRejectedException naming the rule it breaks
   */
  public static Said check(Facts facts, JsonObject statement) {
    String verbId = Cmi5Json.string(statement, "verb", "id");
    // 6.3: "The LMS MUST NOT provide permissions/credentials which allow the AU to issue voiding Statements"
    if (Cmi5Statements.VOIDED.equals(verbId)) {
      throw forbidden("6.3", "An AU may not void statements");
    }
    scope(facts, statement);
    // 9.3.8: after Terminated "it MUST reject statements (of any kind) for the AU session"
    if (facts.terminated()) {
      throw forbidden("9.3.8", "The session has terminated; launch the AU again to send more statements");
    }
    boolean defined = Cmi5Json.hasCategory(statement, Cmi5Statements.CMI5_CATEGORY);
    Optional<Verb> verb = defined ? Verb.defined(verbId) : Optional.empty();
    // 9.3 and 7.1.3: "The Initialized verb MUST be the first statement (cmi5 allowed or defined)"
    if (!facts.initialized() && verb.filter(v -> v == INITIALIZED).isEmpty()) {
      throw invalid("9.3", "The first statement of a session must be a cmi5 defined Initialized");
    }
    if (!defined) {
      return new Said(ALLOWED, null, null);
    }
    if (verb.isEmpty()) {
      throw Cmi5Statements.LMS_VERBS.contains(verbId)
          ? forbidden("9.3", "Only the LMS makes statements with " + verbId)
          : invalid("7.1.3", "A statement with the cmi5 category must use a cmi5 defined verb, not " + verbId);
    }
    // 9.4: "the value of the Object's id property for a given AU MUST match the activityId defined in the launch URL"
    if (!facts.activityId().equals(Cmi5Json.string(statement, "object", "id"))) {
      throw forbidden("9.4", "A cmi5 defined statement of this session is about its AU, " + facts.activityId());
    }
    return Cmi5VerbRules.check(facts, verb.get(), statement);
  }

  /** Who and where: the token speaks for one learner, registration and session (section 8.1, 9.2, 9.6). */
  private static void scope(Facts facts, JsonObject statement) {
    JsonValue actor = statement.get("actor");
    // 8.1 actor: "The AU MUST use the actor value in API calls that require an actor property"; 9.2:
    // an Agent with an account
    if (!(actor instanceof JsonObject a) || !"Agent".equals(a.getString("objectType", "Agent"))
        || !(a.get("account") instanceof JsonObject)
        || !XapiKeys.identifier(a).equals(XapiKeys.identifier(facts.actor()))) {
      throw forbidden("9.2", "The actor must be the learner of the launch, as the actor launch parameter names");
    }
    // 9.6.1: "The value for the registration property used in the context object MUST be the value provided by the LMS"
    if (!facts.registration().toString().equalsIgnoreCase(Cmi5Json.string(statement, "context", "registration"))) {
      throw forbidden("9.6.1", "The context registration must be the launch's registration " + facts.registration());
    }
    // 9.6.3.1: "An AU MUST include the session ID provided by the LMS in the context as an extension"
    if (!facts.sessionId().toString().equals(Cmi5Json.sessionId(statement))) {
      throw forbidden("9.6.3.1", "The context must carry this session's id in the extension " + Cmi5Statements.SESSION_ID);
    }
  }

  static Cmi5StatementRejectedException forbidden(String section, String detail) {
    return Cmi5StatementRejectedException.forbidden(section, detail);
  }

  static Cmi5StatementRejectedException invalid(String section, String detail) {
    return Cmi5StatementRejectedException.invalid(section, detail);
  }

  /** The rules of each cmi5 defined verb: once per session or registration, and its result. */
  static final class Cmi5VerbRules {
    private Cmi5VerbRules() {}

    static Said check(Facts facts, Verb verb, JsonObject statement) {
      JsonObject result = statement.get("result") instanceof JsonObject r ? r : JsonValue.EMPTY_JSON_OBJECT;
      Double scaled = result.get("score") instanceof JsonObject score && score.get("scaled") instanceof JsonNumber n
          ? n.doubleValue() : null;
      order(facts, verb);
      switch (verb) {
        case COMPLETED -> result(result, null, Boolean.TRUE, false);
        case PASSED -> {
          result(result, Boolean.TRUE, null, true);
          // 9.3.4: "the (scaled) score MUST be equal to or greater than the masteryScore"
          require(scaled == null || facts.masteryScore() == null || scaled >= facts.masteryScore(), "9.3.4",
              "A passed score (" + scaled + ") must reach the masteryScore " + facts.masteryScore());
        }
        case FAILED -> {
          result(result, Boolean.FALSE, null, true);
          // 9.3.5: "the (scaled) score MUST be less than the masteryScore"
          require(scaled == null || facts.masteryScore() == null || scaled < facts.masteryScore(), "9.3.5",
              "A failed score (" + scaled + ") must be below the masteryScore " + facts.masteryScore());
        }
        default -> result(result, null, null, false);
      }
      Double seconds = Cmi5Json.durationSeconds(result);
      // 9.5.4.1: the AU MUST include duration in Terminated, Completed, Passed and Failed statements
      require(verb == INITIALIZED || seconds != null, "9.5.4.1", "A " + verb.name().toLowerCase(java.util.Locale.ROOT)
          + " statement must carry result.duration");
      boolean judges = verb == COMPLETED || verb == PASSED || verb == FAILED;
      // 9.6.2.2: with success or completion the moveOn category MUST be present; other statements MUST NOT include it
      require(judges == Cmi5Json.hasCategory(statement, Cmi5Statements.MOVE_ON_CATEGORY), "9.6.2.2", judges
          ? "A statement with success or completion must carry the moveOn category"
          : "Only completed, passed and failed carry the moveOn category");
      return new Said(verb, scaled, seconds);
    }

    /** 9.3: each cmi5 defined verb once per session, completed and passed once per registration. */
    private static void order(Facts facts, Verb verb) {
      switch (verb) {
        // 9.3.2: "The AU MUST NOT issue multiple statements with Initialized for the same AU within a given AU session"
        case INITIALIZED -> require(!facts.initialized(), "9.3.2", "The session has already initialized");
        // 9.3 and 9.3.3: "Only one Completed cmi5 defined statement is allowed per registration"
        case COMPLETED -> require(!facts.completed() && !facts.completedBefore(), "9.3.3",
            "The AU has already completed in this registration");
        case PASSED -> {
          // 9.3: "More than one of the set of {Passed, Failed} verbs MUST NOT be used" in a session
          require(!facts.judged(), "9.3", "The session has already passed or failed");
          require(!facts.passedBefore(), "9.3.4", "The AU has already passed in this registration");
        }
        case FAILED -> {
          require(!facts.judged(), "9.3", "The session has already passed or failed");
          // 9.3: "A Failed statement must not follow a Passed statement ... per registration"
          require(!facts.passedBefore(), "9.3", "The AU has passed in this registration; it cannot fail now");
        }
        default -> { }
      }
    }

    /** 9.5.1 to 9.5.3: which of score, success and completion a verb's result has, and their values. */
    private static void result(JsonObject result, Boolean success, Boolean completion, boolean scoreAllowed) {
      require(Objects.equals(bool(result.get("success")), success), "9.5.2", success == null
          ? "Only passed and failed statements carry result.success" : "result.success must be " + success);
      require(Objects.equals(bool(result.get("completion")), completion), "9.5.3", completion == null
          ? "Only completed statements carry result.completion" : "result.completion must be true");
      require(scoreAllowed || !result.containsKey("score"), "9.5.1", "Only passed and failed statements carry a score");
    }

    private static Boolean bool(JsonValue value) {
      return value == JsonValue.TRUE ? Boolean.TRUE : value == JsonValue.FALSE ? Boolean.FALSE
          : value == null ? null : Boolean.valueOf(value.toString());
    }

    private static void require(boolean holds, String section, String detail) {
      if (!holds) {
        throw invalid(section, detail);
      }
    }
  }

  /** Reads parts of a statement that xAPI validation has not vouched for yet, without throwing. */
  static final class Cmi5Json {
    private Cmi5Json() {}

    static String string(JsonObject o, String first, String second) {
      return o.get(first) instanceof JsonObject inner && inner.get(second) instanceof JsonString s ? s.getString() : null;
    }

    static String sessionId(JsonObject statement) {
      return statement.get("context") instanceof JsonObject c && c.get("extensions") instanceof JsonObject e
          && e.get(Cmi5Statements.SESSION_ID) instanceof JsonString s ? s.getString() : null;
    }

    /** Whether contextActivities.category holds an activity with this id (a list, or one object in 1.0.x). */
    static boolean hasCategory(JsonObject statement, String id) {
      if (!(statement.get("context") instanceof JsonObject c) || !(c.get("contextActivities") instanceof JsonObject a)) {
        return false;
      }
      JsonValue category = a.get("category");
      if (category instanceof JsonObject one) {
        return id.equals(one.getString("id", null));
      }
      return category instanceof jakarta.json.JsonArray list && list.stream()
          .anyMatch(v -> v instanceof JsonObject o && o.get("id") instanceof JsonString s && id.equals(s.getString()));
    }

    static Double durationSeconds(JsonObject result) {
      return result.get("duration") instanceof JsonString d
          ? org.awarehouse.xapi.control.XapiTimes.durationSeconds(d.getString()).orElse(null) : null;
    }
  }
}
