package org.awarehouse.runtime.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.UUID;
import org.awarehouse.content.control.PackageStructure;

/** Statements an AU sends in a cmi5 session, built from the session's facts, to bend in tests. */
final class Cmi5Fixtures {
  static final String BASE = "https://awarehouse.example";
  static final UUID REGISTRATION = UUID.fromString("760e3480-ba55-4991-94b0-01820dbd23a2");
  static final UUID SESSION = UUID.fromString("5ba84750-2bc2-4793-8fad-b2ffde5ea3a3");
  static final String ACTIVITY = BASE + "/xapi/activities/packages/p/units/au-1";
  static final JsonObject ACTOR = Cmi5Statements.actor(BASE, "learner-pseudonym");
  static final Cmi5Rules.Facts FRESH = new Cmi5Rules.Facts(ACTOR, REGISTRATION, ACTIVITY, SESSION, 0.8, false, false,
      false, false, false, false);

  private Cmi5Fixtures() {}

  static PackageStructure.Unit au(String id, String moveOn, Double masteryScore) {
    return new PackageStructure.Unit(id, "AU " + id, "au", "au/index.html", "", "", null, masteryScore, null, null,
        null, null, "AnyWindow", moveOn, null, null, null);
  }

  /** A cmi5 defined statement with the verb's required result, ready to send. */
  static JsonObjectBuilder defined(String verb) {
    JsonObjectBuilder result = Json.createObjectBuilder();
    boolean judges = false;
    switch (verb) {
      case "completed" -> { result.add("completion", true); judges = true; }
      case "passed" -> { result.add("success", true).add("score", Json.createObjectBuilder().add("scaled", 0.9)); judges = true; }
      case "failed" -> { result.add("success", false).add("score", Json.createObjectBuilder().add("scaled", 0.5)); judges = true; }
      default -> { }
    }
    if (!verb.equals("initialized")) {
      result.add("duration", "PT1M");
    }
    JsonObjectBuilder statement = allowed(Cmi5Statements.ADL_VERBS + verb, judges
        ? Json.createArrayBuilder().add(category(Cmi5Statements.CMI5_CATEGORY)).add(category(Cmi5Statements.MOVE_ON_CATEGORY))
        : Json.createArrayBuilder().add(category(Cmi5Statements.CMI5_CATEGORY)));
    JsonObject built = result.build();
    return built.isEmpty() ? statement : statement.add("result", built);
  }

  /** A statement of this session, with the given categories (none: a "cmi5 allowed" statement). */
  static JsonObjectBuilder allowed(String verbId, JsonArrayBuilder categories) {
    JsonObjectBuilder activities = Json.createObjectBuilder();
    JsonArrayBuilder built = categories == null ? Json.createArrayBuilder() : categories;
    JsonObjectBuilder context = Json.createObjectBuilder()
        .add("registration", REGISTRATION.toString())
        .add("extensions", Json.createObjectBuilder().add(Cmi5Statements.SESSION_ID, SESSION.toString()));
    if (categories != null) {
      context.add("contextActivities", activities.add("category", built));
    }
    return Json.createObjectBuilder()
        .add("id", UUID.randomUUID().toString())
        .add("actor", ACTOR)
        .add("verb", Json.createObjectBuilder().add("id", verbId))
        .add("object", Json.createObjectBuilder().add("objectType", "Activity").add("id", ACTIVITY))
        .add("context", context)
        .add("timestamp", "2026-11-22T08:30:00Z");
  }

  static JsonObject category(String id) {
    return Json.createObjectBuilder().add("objectType", "Activity").add("id", id).build();
  }
}
