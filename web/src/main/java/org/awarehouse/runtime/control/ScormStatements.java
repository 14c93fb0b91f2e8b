package org.awarehouse.runtime.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The statements a SCORM session makes, after the ADL xAPI SCORM Profile: the learner is an
 * account on this tool named by the pseudonym; the unit (SCO) is the object, the package its
 * parent; one registration per attempt.
 */
public final class ScormStatements {
  static final String SCORM_PROFILE = "https://w3id.org/xapi/scorm";
  static final String ADL_VERBS = "http://adlnet.gov/expapi/verbs/";
  static final String COURSE = "http://adlnet.gov/expapi/activities/course";
  static final String LESSON = "http://adlnet.gov/expapi/activities/lesson";
  static final String INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction";
  private static final JsonProvider JSON = JsonProvider.provider();

  /** Who and where: the same for every statement of one commit. */
  public record Subject(String base, String learnerId, UUID registration, UUID packageId, String packageTitle,
      String unitId, String unitTitle) {

    public String packageActivity() {
      return base + "/xapi/activities/packages/" + packageId;
    }

    public String unitActivity() {
      return packageActivity() + "/units/" + encode(unitId);
    }
  }

  private ScormStatements() {}

  /** initialized, resumed, terminated, suspended or completed, on the unit. */
  public static JsonObject onUnit(Subject s, String verb, JsonObject result) {
    JsonObjectBuilder statement = base(s, verb, activity(s.unitActivity(), LESSON, s.unitTitle()));
    if (result != null) {
      statement.add("result", result);
    }
    return statement.add("context", context(s, true)).build();
  }

  /** completed, passed or failed, on the package: the rollup of its units. */
  public static JsonObject onPackage(Subject s, String verb, JsonObject result) {
    JsonObjectBuilder statement = base(s, verb, activity(s.packageActivity(), COURSE, s.packageTitle()));
    if (result != null) {
      statement.add("result", result);
    }
    return statement.add("context", context(s, false)).build();
  }

  /** answered: one interaction of the unit, with the learner's response and its correctness. */
  public static JsonObject answered(Subject s, Interaction i) {
    JsonObjectBuilder definition = JSON.createObjectBuilder()
        .add("type", INTERACTION)
        .add("interactionType", i.type());
    if (i.description() != null) {
      definition.add("description", JSON.createObjectBuilder().add("en-US", i.description()));
    }
    if (!i.correctPatterns().isEmpty()) {
      JsonArrayBuilder patterns = JSON.createArrayBuilder();
      i.correctPatterns().forEach(patterns::add);
      definition.add("correctResponsesPattern", patterns);
    }
    JsonObject object = JSON.createObjectBuilder()
        .add("objectType", "Activity")
        .add("id", s.unitActivity() + "/interactions/" + encode(i.id()))
        .add("definition", definition).build();
    JsonObjectBuilder result = JSON.createObjectBuilder();
    if (i.response() != null) {
      result.add("response", i.response());
    }
    if (i.correct() != null) {
      result.add("success", i.correct());
    }
    JsonObjectBuilder context = JSON.createObjectBuilder(context(s, true))
        .add("contextActivities", JSON.createObjectBuilder()
            .add("parent", JSON.createArrayBuilder().add(activityRef(s.unitActivity())))
            .add("grouping", JSON.createArrayBuilder().add(activityRef(s.packageActivity())))
            .add("category", JSON.createArrayBuilder().add(activityRef(SCORM_PROFILE))));
    return base(s, "answered", object).add("result", result).add("context", context).build();
  }

  /** A result with a scaled score and, when known, completion, success and a duration. */
  public static JsonObject result(Double scaled, Boolean completion, Boolean success, Double seconds) {
    JsonObjectBuilder result = JSON.createObjectBuilder();
    if (scaled != null) {
      result.add("score", JSON.createObjectBuilder().add("scaled", Math.max(-1, Math.min(1, scaled))));
    }
    if (completion != null) {
      result.add("completion", completion);
    }
    if (success != null) {
      result.add("success", success);
    }
    if (seconds != null) {
      result.add("duration", "PT" + Math.round(seconds * 100) / 100.0 + "S");
    }
    return result.build();
  }

  private static JsonObjectBuilder base(Subject s, String verb, JsonObject object) {
    return JSON.createObjectBuilder()
        .add("actor", JSON.createObjectBuilder()
            .add("objectType", "Agent")
            .add("account", JSON.createObjectBuilder().add("homePage", s.base()).add("name", s.learnerId())))
        .add("verb", JSON.createObjectBuilder()
            .add("id", ADL_VERBS + verb)
            .add("display", JSON.createObjectBuilder().add("en-US", verb)))
        .add("object", object);
  }

  private static JsonObject context(Subject s, boolean inPackage) {
    JsonObjectBuilder activities = JSON.createObjectBuilder()
        .add("category", JSON.createArrayBuilder().add(activityRef(SCORM_PROFILE)));
    if (inPackage) {
      activities.add("parent", JSON.createArrayBuilder().add(activityRef(s.packageActivity())));
    }
    return JSON.createObjectBuilder()
        .add("registration", s.registration().toString())
        .add("contextActivities", activities)
        .build();
  }

  private static JsonObject activity(String id, String type, String title) {
    JsonObjectBuilder definition = JSON.createObjectBuilder().add("type", type);
    if (title != null && !title.isBlank()) {
      definition.add("name", JSON.createObjectBuilder().add("und", title));
    }
    return JSON.createObjectBuilder().add("objectType", "Activity").add("id", id).add("definition", definition).build();
  }

  private static JsonObject activityRef(String id) {
    return JSON.createObjectBuilder().add("id", id).build();
  }

  static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
