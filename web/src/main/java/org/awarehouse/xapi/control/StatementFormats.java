package org.awarehouse.xapi.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The "ids" and "canonical" formats of GET statements (xAPI 1.0.3 Communication
 * §2.1.3.s1.table1.row12, the "format" parameter). Both rewrite a stored, valid statement and leave
 * it unchanged; "exact" is the statement itself.
 */
public final class StatementFormats {
  /** Looked up once: {@code Json.create…} runs a ServiceLoader search on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private static final List<String> IFIS = List.of("mbox", "mbox_sha1sum", "openid", "account");
  private static final List<String> COMPONENT_LISTS =
      List.of("choices", "scale", "source", "target", "steps");

  private StatementFormats() {}

  /**
   * "ids": only the minimum needed to identify Agents, Groups, Activities and Verbs. Agents and
   * Groups keep objectType and their IFI (Groups also their members, reduced alike, which is all
   * that identifies an Anonymous Group), Activities objectType and id, and Verbs their id (Data
   * §2.4.3.s6.b2: no display). This applies inside SubStatements, context and authority too.
   */
  public static JsonObject ids(JsonObject statement) {
    return rewrite(
        statement,
        new Rewriter(
            StatementFormats::idsActor,
            StatementFormats::idsVerb,
            StatementFormats::idsActivity,
            UnaryOperator.identity()));
  }

  /**
   * "canonical": §2.1.3.s4.b1 and b4 return one language in each language map of Activities and
   * Verbs (and here of attachments), chosen for each map by the reader's Accept-Language (b5; see
   * {@link LanguageTags#preferred}). Agents and Groups stay as in "exact".
   *
   * @param acceptLanguages the Accept-Language ranges, most preferred first, with q=0 ranges left
   *     out; empty when the request has none
   */
  public static JsonObject canonical(JsonObject statement, List<String> acceptLanguages) {
    List<String> ranges = List.copyOf(acceptLanguages);
    return rewrite(
        statement,
        new Rewriter(
            UnaryOperator.identity(),
            verb -> withMaps(verb, ranges, "display"),
            activity -> canonicalActivity(activity, ranges),
            attachment -> withMaps(attachment, ranges, "display", "description")));
  }

  /** What one format does to each kind of thing a statement holds. */
  private record Rewriter(
      UnaryOperator<JsonObject> actor,
      UnaryOperator<JsonObject> verb,
      UnaryOperator<JsonObject> activity,
      UnaryOperator<JsonObject> attachment) {}

  private static JsonObject rewrite(JsonObject statement, Rewriter how) {
    JsonObjectBuilder out = JSON.createObjectBuilder(statement);
    replaceObject(statement, out, "actor", how.actor());
    replaceObject(statement, out, "authority", how.actor());
    replaceObject(statement, out, "verb", how.verb());
    replaceObject(statement, out, "object", object -> rewriteObject(object, how));
    replaceObject(statement, out, "context", context -> rewriteContext(context, how));
    if (statement.get("attachments") instanceof JsonArray attachments) {
      out.add("attachments", mapArray(attachments, how.attachment()));
    }
    return out.build();
  }

  private static JsonObject rewriteObject(JsonObject object, Rewriter how) {
    String type = object.getString("objectType", "Activity");
    return switch (type) {
      case "Activity" -> how.activity().apply(object);
      case "Agent", "Group" -> how.actor().apply(object);
      case "SubStatement" -> rewrite(object, how);
      default -> object;
    };
  }

  private static JsonObject rewriteContext(JsonObject context, Rewriter how) {
    JsonObjectBuilder out = JSON.createObjectBuilder(context);
    replaceObject(context, out, "instructor", how.actor());
    replaceObject(context, out, "team", how.actor());
    if (context.get("contextActivities") instanceof JsonObject contextActivities) {
      JsonObjectBuilder activities = JSON.createObjectBuilder();
      contextActivities.forEach(
          (key, value) -> {
            if (value instanceof JsonArray list) {
              activities.add(key, mapArray(list, how.activity()));
            } else {
              activities.add(key, mapObject(value, how.activity()));
            }
          });
      out.add("contextActivities", activities);
    }
    rewriteMembers(context, out, "contextAgents", "agent", how.actor());
    rewriteMembers(context, out, "contextGroups", "group", how.actor());
    return out.build();
  }

  /** contextAgents[].agent and contextGroups[].group (9274.1.1). */
  private static void rewriteMembers(
      JsonObject context,
      JsonObjectBuilder out,
      String list,
      String key,
      UnaryOperator<JsonObject> actor) {
    if (context.get(list) instanceof JsonArray entries) {
      out.add(
          list,
          mapArray(
              entries,
              entry -> {
                JsonObjectBuilder rewritten = JSON.createObjectBuilder(entry);
                replaceObject(entry, rewritten, key, actor);
                return rewritten.build();
              }));
    }
  }

  private static JsonObject idsActor(JsonObject actor) {
    JsonObjectBuilder out = JSON.createObjectBuilder();
    out.add("objectType", actor.getString("objectType", "Agent"));
    for (String ifi : IFIS) {
      if (actor.containsKey(ifi)) {
        out.add(ifi, actor.get(ifi));
      }
    }
    if (actor.get("member") instanceof JsonArray members) {
      out.add("member", mapArray(members, StatementFormats::idsActor));
    }
    return out.build();
  }

  private static JsonObject idsVerb(JsonObject verb) {
    return JSON.createObjectBuilder().add("id", verb.get("id")).build();
  }

  private static JsonObject idsActivity(JsonObject activity) {
    return JSON.createObjectBuilder()
        .add("objectType", "Activity")
        .add("id", activity.get("id"))
        .build();
  }

  /** The definition's name, description and interaction components' descriptions. */
  private static JsonObject canonicalActivity(JsonObject activity, List<String> ranges) {
    if (!(activity.get("definition") instanceof JsonObject definition)) {
      return activity;
    }
    JsonObjectBuilder out =
        JSON.createObjectBuilder(withMaps(definition, ranges, "name", "description"));
    for (String list : COMPONENT_LISTS) {
      if (definition.get(list) instanceof JsonArray components) {
        out.add(
            list, mapArray(components, component -> withMaps(component, ranges, "description")));
      }
    }
    return JSON.createObjectBuilder(activity).add("definition", out).build();
  }

  /** Reduces the named language maps of {@code object} to their preferred entry. */
  private static JsonObject withMaps(JsonObject object, List<String> ranges, String... maps) {
    JsonObjectBuilder out = JSON.createObjectBuilder(object);
    for (String key : maps) {
      if (object.get(key) instanceof JsonObject map && !map.isEmpty()) {
        String tag = LanguageTags.preferred(new ArrayList<>(map.keySet()), ranges);
        out.add(key, JSON.createObjectBuilder().add(tag, map.get(tag)));
      }
    }
    return out.build();
  }

  private static void replaceObject(
      JsonObject source, JsonObjectBuilder out, String key, UnaryOperator<JsonObject> change) {
    if (source.get(key) instanceof JsonObject value) {
      out.add(key, change.apply(value));
    }
  }

  private static JsonValue mapObject(JsonValue value, UnaryOperator<JsonObject> change) {
    return value instanceof JsonObject object ? change.apply(object) : value;
  }

  private static JsonArrayBuilder mapArray(JsonArray array, UnaryOperator<JsonObject> change) {
    JsonArrayBuilder out = JSON.createArrayBuilder();
    array.forEach(value -> out.add(mapObject(value, change)));
    return out;
  }
}
