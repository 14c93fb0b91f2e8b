package org.awarehouse.xapi.control;

import static org.awarehouse.xapi.control.JsonShape.array;
import static org.awarehouse.xapi.control.JsonShape.index;
import static org.awarehouse.xapi.control.JsonShape.invalid;
import static org.awarehouse.xapi.control.JsonShape.mustHave;
import static org.awarehouse.xapi.control.JsonShape.object;
import static org.awarehouse.xapi.control.JsonShape.objectType;
import static org.awarehouse.xapi.control.JsonShape.onlyKnown;
import static org.awarehouse.xapi.control.JsonShape.optional;
import static org.awarehouse.xapi.control.JsonShape.path;
import static org.awarehouse.xapi.control.JsonShape.required;
import static org.awarehouse.xapi.control.JsonShape.string;
import static org.awarehouse.xapi.control.JsonShape.whenPresent;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Activities and their definitions, interactions included (xAPI 1.0.3 Data §2.4.4.1). */
final class ActivityRules {
  private static final Set<String> ACTIVITY = Set.of("objectType", "id", "definition");
  private static final Set<String> DEFINITION =
      Set.of(
          "name",
          "description",
          "type",
          "moreInfo",
          "extensions",
          "interactionType",
          "correctResponsesPattern",
          "choices",
          "scale",
          "source",
          "target",
          "steps");
  private static final Set<String> COMPONENT = Set.of("id", "description");
  private static final List<String> COMPONENT_LISTS =
      List.of("choices", "scale", "source", "target", "steps");

  private static final String INTERACTION_TYPES =
      "true-false, choice, fill-in, long-fill-in, matching, performance, sequencing, likert,"
          + " numeric or other";

  /** §2.4.4.1.s15.table2: which interaction component lists each interactionType supports. */
  private static final Map<String, Set<String>> LISTS_BY_TYPE =
      Map.of(
          "true-false", Set.of(),
          "choice", Set.of("choices"),
          "fill-in", Set.of(),
          "long-fill-in", Set.of(),
          "matching", Set.of("source", "target"),
          "performance", Set.of("steps"),
          "sequencing", Set.of("choices"),
          "likert", Set.of("scale"),
          "numeric", Set.of(),
          "other", Set.of());

  /** §2.4.4.1.s1.table1: objectType "Activity" when present, an IRI id, an optional definition. */
  void activity(JsonValue value, String path) {
    JsonObject activity = object(value, path);
    onlyKnown(activity, path, ACTIVITY, "an Activity");
    String type = objectType(activity, path);
    if (type != null && !type.equals("Activity")) {
      throw invalid(path(path, "objectType"), "must be \"Activity\"");
    }
    mustHave(activity, "id", path, XapiValues::iri);
    whenPresent(activity, "definition", path, this::definition);
  }

  /** §2.4.4.1.s2.table1: the Activity Definition. */
  private void definition(JsonValue value, String path) {
    JsonObject definition = object(value, path);
    onlyKnown(definition, path, DEFINITION, "an Activity Definition");
    whenPresent(definition, "name", path, XapiValues::languageMap);
    whenPresent(definition, "description", path, XapiValues::languageMap);
    whenPresent(definition, "type", path, XapiValues::iri);
    whenPresent(definition, "moreInfo", path, XapiValues::iri); // an IRL
    whenPresent(definition, "extensions", path, XapiValues::extensions);
    interaction(definition, path);
  }

  /**
   * §2.4.4.1.s8 and s13.b1: an Interaction Activity MUST have a valid interactionType, so a
   * definition with a response pattern or a component list needs one; s13.b3 lets the LRS reject
   * component lists the interactionType does not support.
   */
  private void interaction(JsonObject definition, String path) {
    JsonValue type = optional(definition, "interactionType", path);
    String interactionType = null;
    if (type != null) {
      interactionType = string(type, path(path, "interactionType"));
      if (!LISTS_BY_TYPE.containsKey(interactionType)) {
        // §2.2.s4.b1.b6: enumerated values match in exact case
        throw invalid(path(path, "interactionType"), "must be one of " + INTERACTION_TYPES);
      }
    }
    if (whenPresent(definition, "correctResponsesPattern", path, ActivityRules::responsePatterns)) {
      requireInteractionType(interactionType, path, "correctResponsesPattern");
    }
    for (String list : COMPONENT_LISTS) {
      JsonValue components = optional(definition, list, path);
      if (components != null) {
        requireInteractionType(interactionType, path, list);
        if (!LISTS_BY_TYPE.get(interactionType).contains(list)) {
          throw invalid(path(path, list), "is not used by interactionType " + interactionType);
        }
        components(components, path(path, list));
      }
    }
  }

  private static void requireInteractionType(String interactionType, String path, String use) {
    if (interactionType == null) {
      throw invalid(path(path, "interactionType"), "is required with " + use);
    }
  }

  /** §2.4.4.1.s8.table1.row2: an array of strings; s13.b4 and b5 forbid limiting their size. */
  private static void responsePatterns(JsonValue value, String path) {
    JsonArray patterns = array(value, path);
    for (int i = 0; i < patterns.size(); i++) {
      string(patterns.get(i), index(path, i));
    }
  }

  /** §2.4.4.1.s15.table1 and s16.b1: components with a string id distinct within the list. */
  private static void components(JsonValue value, String path) {
    JsonArray components = array(value, path);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < components.size(); i++) {
      String componentPath = index(path, i);
      JsonObject component = object(components.get(i), componentPath);
      onlyKnown(component, componentPath, COMPONENT, "an interaction component");
      String id = string(required(component, "id", componentPath), path(componentPath, "id"));
      if (!ids.add(id)) {
        throw invalid(path(componentPath, "id"), "repeats the id \"" + id + "\" in this list");
      }
      whenPresent(component, "description", componentPath, XapiValues::languageMap);
    }
  }
}
