package org.awarehouse.runtime.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.Set;
import java.util.UUID;
import org.awarehouse.content.control.PackageStructure;

/**
 * The cmi5 vocabulary and the statements the LMS makes itself (cmi5 section 9.3): launched,
 * abandoned and satisfied. The LMS's ids for the AU, block and course are its own (section 8.1
 * activityId and 9.3.9: they "MUST NOT match" the publisher's ids), made under the package's
 * activity as the SCORM runtime makes them; the publisher's AU id goes in the grouping (9.6.2.3).
 */
public final class Cmi5Statements {
  static final String ADL_VERBS = "http://adlnet.gov/expapi/verbs/";
  static final String VOIDED = ADL_VERBS + "voided";
  static final String LAUNCHED = ADL_VERBS + "launched";
  static final String ABANDONED = "https://w3id.org/xapi/adl/verbs/abandoned";
  static final String WAIVED = "https://w3id.org/xapi/adl/verbs/waived";
  static final String SATISFIED = "https://w3id.org/xapi/adl/verbs/satisfied";
  /** Verbs only the LMS uses (9.3.1, 9.3.6, 9.3.7, 9.3.9). */
  static final Set<String> LMS_VERBS = Set.of(LAUNCHED, ABANDONED, WAIVED, SATISFIED);
  static final String CMI5_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
  static final String MOVE_ON_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/moveon";
  static final String EXTENSIONS = "https://w3id.org/xapi/cmi5/context/extensions/";
  static final String SESSION_ID = EXTENSIONS + "sessionid";
  static final String BLOCK = "https://w3id.org/xapi/cmi5/activitytype/block";
  static final String COURSE = "https://w3id.org/xapi/cmi5/activitytype/course";
  static final String NORMAL = "Normal";
  private static final JsonProvider JSON = JsonProvider.provider();

  private Cmi5Statements() {}

  /** 8.1 actor and 9.2: an Agent with an account on this tool, named by the learner's pseudonym. */
  public static JsonObject actor(String base, String learnerId) {
    return JSON.createObjectBuilder()
        .add("objectType", "Agent")
        .add("account", JSON.createObjectBuilder().add("homePage", base).add("name", learnerId))
        .build();
  }

  /** The LMS's block id: under the package's activity, never the publisher's (9.3.9). */
  static String blockActivity(ScormStatements.Subject s, String blockId) {
    return s.packageActivity() + "/blocks/" + ScormStatements.encode(blockId);
  }

  /** 9.3.1 with the context extensions 9.6.3.2 to 9.6.3.7 require of a launched statement. */
  static JsonObject launched(ScormStatements.Subject s, UUID sessionId, PackageStructure.Unit unit, String launchUrl) {
    JsonObjectBuilder extensions = JSON.createObjectBuilder()
        .add(EXTENSIONS + "launchmode", NORMAL)
        .add(EXTENSIONS + "launchurl", launchUrl)
        .add(EXTENSIONS + "moveon", moveOn(unit));
    if (unit.masteryScore() != null) {
      extensions.add(EXTENSIONS + "masteryscore", unit.masteryScore());
    }
    if (unit.launchParameters() != null) {
      extensions.add(EXTENSIONS + "launchparameters", unit.launchParameters());
    }
    return statement(s, LAUNCHED, "launched", au(s, unit))
        .add("context", context(s, sessionId, unit.id(), extensions))
        .build();
  }

  /** 9.3.6, with the session's duration as 9.5.4.2 asks. */
  static JsonObject abandoned(ScormStatements.Subject s, UUID sessionId, PackageStructure.Unit unit, double seconds) {
    return statement(s, ABANDONED, "abandoned", au(s, unit))
        .add("result", ScormStatements.result(null, null, null, seconds))
        .add("context", context(s, sessionId, unit.id(), JSON.createObjectBuilder()))
        .build();
  }

  /** 9.3.9: a block or the course, with the LMS's id and the cmi5 activity type. */
  static JsonObject satisfied(ScormStatements.Subject s, UUID sessionId, String activityId, String type, String title) {
    JsonObjectBuilder definition = JSON.createObjectBuilder().add("type", type);
    if (title != null && !title.isBlank()) {
      definition.add("name", JSON.createObjectBuilder().add("und", title));
    }
    JsonObject object = JSON.createObjectBuilder().add("objectType", "Activity").add("id", activityId)
        .add("definition", definition).build();
    return statement(s, SATISFIED, "satisfied", object)
        .add("context", context(s, sessionId, null, JSON.createObjectBuilder()))
        .build();
  }

  /** moveOn as the LMS applies it; 13.1.4 makes NotApplicable the default. */
  static String moveOn(PackageStructure.Unit unit) {
    return unit.moveOn() == null ? "NotApplicable" : unit.moveOn();
  }

  private static JsonObject au(ScormStatements.Subject s, PackageStructure.Unit unit) {
    JsonObjectBuilder definition = JSON.createObjectBuilder();
    if (unit.title() != null && !unit.title().isBlank()) {
      definition.add("name", JSON.createObjectBuilder().add("und", unit.title()));
    }
    if (unit.activityType() != null) {
      definition.add("type", unit.activityType());
    }
    return JSON.createObjectBuilder().add("objectType", "Activity").add("id", s.unitActivity())
        .add("definition", definition).build();
  }

  private static JsonObjectBuilder statement(ScormStatements.Subject s, String verbId, String display, JsonObject object) {
    return JSON.createObjectBuilder()
        .add("actor", actor(s.base(), s.learnerId()))
        .add("verb", JSON.createObjectBuilder().add("id", verbId).add("display", JSON.createObjectBuilder().add("en-US", display)))
        .add("object", object);
  }

  /**
   * The registration, the cmi5 category (9.6.2.1), the publisher's AU id in the grouping when the
   * statement is about an AU (9.6.2.3) and the session id (9.6.3.1).
   */
  private static JsonObject context(ScormStatements.Subject s, UUID sessionId, String publisherId,
      JsonObjectBuilder extensions) {
    JsonObjectBuilder activities = JSON.createObjectBuilder()
        .add("category", JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("id", CMI5_CATEGORY)));
    if (publisherId != null) {
      activities.add("grouping", JSON.createArrayBuilder().add(publisherActivity(publisherId)));
    }
    return JSON.createObjectBuilder()
        .add("registration", s.registration().toString())
        .add("contextActivities", activities)
        .add("extensions", extensions.add(SESSION_ID, sessionId.toString()))
        .build();
  }

  static JsonObject publisherActivity(String publisherId) {
    return JSON.createObjectBuilder().add("objectType", "Activity").add("id", publisherId).build();
  }
}
