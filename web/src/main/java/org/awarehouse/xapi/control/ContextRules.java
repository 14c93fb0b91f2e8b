package org.awarehouse.xapi.control;

import static org.awarehouse.xapi.control.JsonShape.array;
import static org.awarehouse.xapi.control.JsonShape.index;
import static org.awarehouse.xapi.control.JsonShape.invalid;
import static org.awarehouse.xapi.control.JsonShape.object;
import static org.awarehouse.xapi.control.JsonShape.onlyKnown;
import static org.awarehouse.xapi.control.JsonShape.optional;
import static org.awarehouse.xapi.control.JsonShape.path;
import static org.awarehouse.xapi.control.JsonShape.required;
import static org.awarehouse.xapi.control.JsonShape.string;
import static org.awarehouse.xapi.control.JsonShape.whenPresent;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The Context of a statement (xAPI 1.0.3 Data §2.4.6; contextAgents/Groups from 9274.1.1). */
final class ContextRules {
  private static final Set<String> CONTEXT_1_0 =
      Set.of(
          "registration",
          "instructor",
          "team",
          "contextActivities",
          "revision",
          "platform",
          "language",
          "statement",
          "extensions");

  /** 9274.1.1 adds contextAgents and contextGroups to the Context. */
  private static final Set<String> CONTEXT_2_0 =
      Stream.concat(CONTEXT_1_0.stream(), Stream.of("contextAgents", "contextGroups"))
          .collect(Collectors.toUnmodifiableSet());

  private static final Set<String> CONTEXT_ACTIVITIES =
      Set.of("parent", "grouping", "category", "other");

  private final XapiVersion version;
  private final ActorRules actors;
  private final ActivityRules activities;

  ContextRules(XapiVersion version, ActorRules actors, ActivityRules activities) {
    this.version = version;
    this.actors = actors;
    this.activities = activities;
  }

  /** §2.4.6.s3.table1; {@code aboutActivity} tells whether the statement's object is one. */
  void context(JsonValue value, String path, boolean aboutActivity) {
    JsonObject context = object(value, path);
    onlyKnown(
        context, path, version == XapiVersion.V2_0_0 ? CONTEXT_2_0 : CONTEXT_1_0, "a Context");
    whenPresent(context, "registration", path, XapiValues::uuid);
    whenPresent(context, "instructor", path, actors::actor); // "Agent (MAY be a Group)"
    whenPresent(context, "team", path, actors::namedGroup);
    whenPresent(context, "contextActivities", path, this::contextActivities);
    activityOnly(context, "revision", path, aboutActivity);
    activityOnly(context, "platform", path, aboutActivity);
    whenPresent(context, "language", path, XapiValues::languageTag);
    whenPresent(context, "statement", path, StatementValidator::statementRef);
    whenPresent(context, "extensions", path, XapiValues::extensions);
    // 9274.1.1 adds these two; a 1.0.3 context has already rejected them as unknown
    whenPresent(
        context,
        "contextAgents",
        path,
        (agents, at) -> relevantList(agents, at, "contextAgent", "agent", actors::individual));
    whenPresent(
        context,
        "contextGroups",
        path,
        (groups, at) -> relevantList(groups, at, "contextGroup", "group", actors::namedGroup));
  }

  /** §2.4.6.s4.b1 and b2: revision and platform MUST only be used about an Activity. */
  private static void activityOnly(JsonObject context, String key, String path, boolean allowed) {
    JsonValue value = optional(context, key, path);
    if (value != null) {
      string(value, path(path, key));
      if (!allowed) {
        throw invalid(
            path(path, key), "is only allowed when the statement's object is an Activity");
      }
    }
  }

  /**
   * §2.4.6.2.s4.b1 and b2: keys parent, grouping, category or other, each holding an Activity or an
   * array of Activities; the single Activity is accepted for 0.95 compatibility. The conformance
   * suite rejects an empty contextActivities object.
   */
  private void contextActivities(JsonValue value, String path) {
    JsonObject contextActivities = object(value, path);
    if (contextActivities.isEmpty()) {
      throw invalid(path, "must have at least one of parent, grouping, category or other");
    }
    onlyKnown(contextActivities, path, CONTEXT_ACTIVITIES, "the contextActivities");
    contextActivities.forEach(
        (key, activity) -> {
          String keyPath = path(path, key);
          if (activity.getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArray list = activity.asJsonArray();
            for (int i = 0; i < list.size(); i++) {
              activities.activity(list.get(i), index(keyPath, i));
            }
          } else {
            activities.activity(activity, keyPath);
          }
        });
  }

  /**
   * A contextAgent is {objectType "contextAgent", agent, relevantTypes}; a contextGroup the same
   * with a group. relevantTypes is optional, but when present it lists one or more IRIs (the 2.0
   * conformance suite rejects an empty list and non-IRI entries).
   */
  private static void relevantList(
      JsonValue value,
      String path,
      String objectType,
      String memberKey,
      BiConsumer<JsonValue, String> member) {
    JsonArray list = array(value, path);
    for (int i = 0; i < list.size(); i++) {
      String entryPath = index(path, i);
      JsonObject entry = object(list.get(i), entryPath);
      onlyKnown(
          entry, entryPath, Set.of("objectType", memberKey, "relevantTypes"), "a " + objectType);
      String typePath = path(entryPath, "objectType");
      if (!string(required(entry, "objectType", entryPath), typePath).equals(objectType)) {
        throw invalid(typePath, "must be \"" + objectType + "\"");
      }
      member.accept(required(entry, memberKey, entryPath), path(entryPath, memberKey));
      whenPresent(entry, "relevantTypes", entryPath, ContextRules::relevantTypes);
    }
  }

  private static void relevantTypes(JsonValue value, String path) {
    JsonArray types = array(value, path);
    if (types.isEmpty()) {
      throw invalid(path, "must list at least one IRI when present");
    }
    for (int i = 0; i < types.size(); i++) {
      XapiValues.iri(types.get(i), index(path, i));
    }
  }
}
