package org.awarehouse.xapi.control;

import static org.awarehouse.xapi.control.JsonShape.invalid;
import static org.awarehouse.xapi.control.JsonShape.mustHave;
import static org.awarehouse.xapi.control.JsonShape.object;
import static org.awarehouse.xapi.control.JsonShape.objectType;
import static org.awarehouse.xapi.control.JsonShape.onlyKnown;
import static org.awarehouse.xapi.control.JsonShape.path;
import static org.awarehouse.xapi.control.JsonShape.required;
import static org.awarehouse.xapi.control.JsonShape.string;
import static org.awarehouse.xapi.control.JsonShape.whenPresent;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Validates statements as xAPI 1.0.3 Part Two ("Data") requires of an LRS, or as IEEE 9274.1.1
 * (xAPI 2.0) does where it differs, with the ADL LRS conformance test suite as the yardstick. The
 * first violation found is thrown as an {@link InvalidStatementException} naming the property path
 * within the statement, such as {@code actor.mbox}.
 *
 * <p>It holds no per-request state: one instance per version serves every request. Section numbers
 * in comments refer to the 1.0.3 Data part unless they say otherwise.
 */
public final class StatementValidator {
  /** §2.3.2: the reserved Verb that voids a statement. */
  static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

  private static final Set<String> STATEMENT =
      Set.of(
          "id",
          "actor",
          "verb",
          "object",
          "result",
          "context",
          "timestamp",
          "stored",
          "authority",
          "version",
          "attachments");
  private static final Set<String> SUB_STATEMENT =
      Set.of(
          "objectType", "actor", "verb", "object", "result", "context", "timestamp", "attachments");

  /** §2.4.4.3.s8.b3: a SubStatement MUST NOT have these. */
  private static final List<String> NOT_IN_SUB_STATEMENT =
      List.of("id", "stored", "version", "authority");

  private static final Set<String> VERB = Set.of("id", "display");
  private static final Set<String> STATEMENT_REF = Set.of("objectType", "id");

  private final XapiVersion version;
  private final ActorRules actors = new ActorRules();
  private final ActivityRules activities = new ActivityRules();
  private final ResultRules results = new ResultRules();
  private final AttachmentRules attachments = new AttachmentRules();
  private final ContextRules contexts;

  public StatementValidator(XapiVersion version) {
    this.version = Objects.requireNonNull(version);
    this.contexts = new ContextRules(version, actors, activities);
  }

  /** Throws {@link InvalidStatementException} for the first rule the statement breaks. */
  public void validate(JsonObject statement) {
    onlyKnown(statement, "", STATEMENT, "a Statement");
    whenPresent(statement, "id", "", XapiValues::uuid); // §2.4.1.s1
    body(statement, "", false);
    // §2.4.8.s3.b2: the LRS SHOULD validate stored, then MUST overwrite it
    whenPresent(statement, "stored", "", this::timestamp);
    whenPresent(statement, "authority", "", actors::authority);
    whenPresent(statement, "version", "", this::statementVersion);
  }

  /**
   * An agent given outside a statement, such as the "agent" parameter of the Statement, State and
   * Agent Profile resources: an Agent or an Identified Group. Communication §3.0 (and Data
   * §2.2.s4.b4) validates parameters to the same standards as statement values.
   */
  public void validateAgent(JsonObject agent, String property) {
    actors.identifiedActor(agent, property);
  }

  /** §4.4: a UUID in standard string form (8-4-4-4-12 hex digits, any case). */
  public static boolean isUuid(String value) {
    return XapiValues.isUuid(value);
  }

  /**
   * What a Statement and a SubStatement share (§2.4.4.3.s8.b2: "A SubStatement MUST be validated as
   * a Statement"): §2.2.s2.b3 requires actor, verb and object.
   */
  private void body(JsonObject statement, String path, boolean sub) {
    actors.actor(required(statement, "actor", path), path(path, "actor"));
    String verbId = verb(required(statement, "verb", path), path(path, "verb"));
    JsonObject object = object(required(statement, "object", path), path(path, "object"));
    String objectType = statementObject(object, path(path, "object"), sub);
    if (verbId.equals(VOIDED) && !objectType.equals("StatementRef")) {
      // §2.3.2.s2.b1: the object of a voiding statement is a StatementRef
      throw invalid(
          path(path, "object.objectType"), "must be \"StatementRef\" to void a statement");
    }
    boolean aboutActivity = objectType.equals("Activity");
    whenPresent(statement, "result", path, results::result);
    whenPresent(
        statement, "context", path, (context, at) -> contexts.context(context, at, aboutActivity));
    whenPresent(statement, "timestamp", path, this::timestamp); // §2.4.7.s3.b1
    whenPresent(statement, "attachments", path, attachments::attachments);
  }

  /** §2.4.3.s3.table1: an IRI id and an optional display language map. Returns the id. */
  private static String verb(JsonValue value, String path) {
    JsonObject verb = object(value, path);
    onlyKnown(verb, path, VERB, "a Verb");
    String id = XapiValues.iri(required(verb, "id", path), path(path, "id"));
    whenPresent(verb, "display", path, XapiValues::languageMap);
    return id;
  }

  /**
   * §2.4.4.s2: the objectType selects the kind of object, Activity when absent. Returns the
   * objectType in effect.
   */
  private String statementObject(JsonObject object, String path, boolean inSubStatement) {
    String type = objectType(object, path);
    String effective = type == null ? "Activity" : type;
    switch (effective) {
      case "Activity" -> activities.activity(object, path);
      case "Agent" -> actors.agent(object, path); // §2.4.4.2.s1.b1: objectType present
      case "Group" -> actors.group(object, path);
      case "StatementRef" -> statementRef(object, path);
      case "SubStatement" -> {
        if (inSubStatement) {
          // §2.4.4.3.s8.b4: a SubStatement MUST NOT contain a SubStatement
          throw invalid(path(path, "objectType"), "a SubStatement cannot hold a SubStatement");
        }
        subStatement(object, path);
      }
      default ->
          throw invalid(
              path(path, "objectType"),
              "must be Activity, Agent, Group, StatementRef or SubStatement");
    }
    return effective;
  }

  /** §2.4.4.3.s8: validated as a Statement, without id, stored, version or authority. */
  private void subStatement(JsonObject sub, String path) {
    for (String forbidden : NOT_IN_SUB_STATEMENT) {
      if (sub.containsKey(forbidden)) {
        throw invalid(path(path, forbidden), "is not allowed in a SubStatement");
      }
    }
    onlyKnown(sub, path, SUB_STATEMENT, "a SubStatement");
    body(sub, path, true);
  }

  /**
   * §2.4.4.3.s4: objectType "StatementRef" and the UUID of a statement. It is used both as an
   * object and as context.statement, where the objectType is not implied.
   */
  static void statementRef(JsonValue value, String path) {
    JsonObject ref = object(value, path);
    onlyKnown(ref, path, STATEMENT_REF, "a StatementRef");
    String typePath = path(path, "objectType");
    if (!string(required(ref, "objectType", path), typePath).equals("StatementRef")) {
      throw invalid(typePath, "must be \"StatementRef\"");
    }
    mustHave(ref, "id", path, XapiValues::uuid);
  }

  /**
   * §2.4.10.s3.b1 and b2: accepted when it starts with "1.0." (as the header, "1.0" is short for
   * 1.0.0); rejected otherwise. For 2.0 the same holds with "2.0.".
   */
  private void statementVersion(JsonValue value, String path) {
    if (!version.acceptsStatementVersion(string(value, path))) {
      String family = version.header().substring(0, 3);
      throw invalid(path, "must be " + family + " or " + family + ".x");
    }
  }

  /** §4.5: an ISO 8601 date and time with a time zone (RFC 3339 for 9274.1.1). */
  private void timestamp(JsonValue value, String path) {
    if (XapiTimes.timestamp(string(value, path), version).isEmpty()) {
      throw invalid(
          path, "must be an ISO 8601 timestamp with a time zone, e.g. 2024-03-01T12:00:00Z");
    }
  }
}
