package org.awarehouse.xapi.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the store indexes about a valid statement: the verb, the registration, the statement its
 * object targets and the one it voids, and every agent and activity it names, each either directly
 * (actor, object) or only as related (xAPI 1.0.3 Communication §2.1.3, the related_agents and
 * related_activities filters).
 */
public record StatementFacts(
    String verbId, UUID registration, UUID targets, UUID voids, Set<Named> agents, Set<Named> activities) {

  public static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

  /** An agent identifier or activity id, and whether the statement names it only as related. */
  public record Named(String key, boolean relatedOnly) {}

  public static StatementFacts of(JsonObject statement) {
    Set<Named> agents = new LinkedHashSet<>();
    Set<Named> activities = new LinkedHashSet<>();
    collect(statement, false, agents, activities);
    String verb = statement.getJsonObject("verb").getString("id");
    JsonObject context = statement.getJsonObject("context");
    UUID registration = context != null && context.get("registration") instanceof JsonString r
        ? UUID.fromString(r.getString()) : null;
    // Communication §2.1.3.s3: only the statement's own object targets; a StatementRef in
    // context.statement or inside a SubStatement does not affect filtering
    JsonObject object = statement.getJsonObject("object");
    UUID targets = "StatementRef".equals(object.getString("objectType", ""))
        ? UUID.fromString(object.getString("id")) : null;
    UUID voids = VOIDED.equals(verb) ? targets : null;
    return new StatementFacts(verb, registration, targets, voids, agents, activities);
  }

  private static void collect(JsonObject statement, boolean sub, Set<Named> agents, Set<Named> activities) {
    agent(statement.getJsonObject("actor"), sub, agents);
    JsonObject object = statement.getJsonObject("object");
    String type = object.getString("objectType", "Activity");
    switch (type) {
      case "Activity" -> activities.add(new Named(object.getString("id"), sub));
      case "Agent", "Group" -> agent(object, sub, agents);
      case "SubStatement" -> collect(object, true, agents, activities);
      default -> { }
    }
    if (statement.get("authority") instanceof JsonObject authority) {
      agent(authority, true, agents);
    }
    if (statement.get("context") instanceof JsonObject context) {
      if (context.get("instructor") instanceof JsonObject instructor) {
        agent(instructor, true, agents);
      }
      if (context.get("team") instanceof JsonObject team) {
        agent(team, true, agents);
      }
      if (context.get("contextActivities") instanceof JsonObject contextActivities) {
        for (JsonValue value : contextActivities.values()) {
          for (JsonObject activity : objects(value)) {
            activities.add(new Named(activity.getString("id"), true));
          }
        }
      }
    }
  }

  /**
   * Agents and identified groups match by identifier; members of a group are not the group
   * (the filter's definition lists no members), and an anonymous group has nothing to match.
   */
  private static void agent(JsonObject agent, boolean relatedOnly, Set<Named> agents) {
    XapiKeys.identifier(agent).ifPresent(id -> agents.add(new Named(id, relatedOnly)));
  }

  private static List<JsonObject> objects(JsonValue value) {
    List<JsonObject> list = new ArrayList<>();
    if (value instanceof JsonObject o) {
      list.add(o);
    } else if (value instanceof JsonArray array) {
      array.forEach(v -> {
        if (v instanceof JsonObject o) {
          list.add(o);
        }
      });
    }
    return list;
  }

  /** The actor's identifier, the learner of the progress projection; empty for anonymous groups. */
  public static Optional<String> actor(JsonObject statement) {
    return XapiKeys.identifier(statement.getJsonObject("actor"));
  }
}
