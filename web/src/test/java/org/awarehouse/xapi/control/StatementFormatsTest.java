package org.awarehouse.xapi.control;

import static org.awarehouse.xapi.control.Statements.CONTEXT_AGENTS;
import static org.awarehouse.xapi.control.Statements.GROUPS;
import static org.awarehouse.xapi.control.Statements.RICH;
import static org.awarehouse.xapi.control.Statements.SUB_STATEMENT;
import static org.awarehouse.xapi.control.Statements.VOIDING;
import static org.awarehouse.xapi.control.Statements.set;
import static org.awarehouse.xapi.control.Statements.value;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "ids" and "canonical" formats of GET statements (xAPI 1.0.3 Communication §2.1.3). */
class StatementFormatsTest {

  /** Reads a value by JSON Pointer. */
  static JsonValue at(JsonObject statement, String pointer) {
    return Statements.JSON.createPointer(pointer).getValue(statement);
  }

  /** Expected JSON, written with single quotes. */
  static JsonValue json(String singleQuoted) {
    return value(singleQuoted.replace('\'', '"'));
  }

  private final JsonObject ids = StatementFormats.ids(RICH);

  @Test
  void idsAgentsKeepObjectTypeAndTheirIdentifierOnly() {
    assertEquals(
        json("{'objectType': 'Agent', 'mbox': 'mailto:learner@example.com'}"), at(ids, "/actor"));
    assertEquals(
        json(
            "{'objectType': 'Agent', 'account': {'homePage': 'https://awarehouse.example',"
                + " 'name': 'lrs-client-1'}}"),
        at(ids, "/authority"));
    assertEquals(
        json(
            "{'objectType': 'Agent', 'account': {'homePage': 'https://lms.example.edu', 'name':"
                + " 'teacher-1'}}"),
        at(ids, "/context/instructor"));
  }

  @Test
  void idsGroupsKeepTheirMembersReducedAlike() {
    assertEquals(
        json(
            "{'objectType': 'Group', 'member': [{'objectType': 'Agent', 'mbox_sha1sum':"
                + " 'ebd31e95054c018b10727ccffd2ef2ec3a016ee9'}]}"),
        at(ids, "/context/team"));
    assertEquals(
        json(
            "{'objectType': 'Group', 'member': [{'objectType': 'Agent', 'mbox':"
                + " 'mailto:ann@example.com'}, {'objectType': 'Agent', 'openid':"
                + " 'https://id.example.com/bob'}]}"),
        at(StatementFormats.ids(GROUPS), "/actor"));
  }

  @Test
  void idsAnIdentifiedGroupKeepsItsIdentifierAndMembers() {
    JsonObject statement = set("/actor/mbox", "'mailto:finance@example.com'").applyTo(GROUPS);

    assertEquals(
        json(
            "{'objectType': 'Group', 'mbox': 'mailto:finance@example.com', 'member':"
                + " [{'objectType': 'Agent', 'mbox': 'mailto:ann@example.com'}, {'objectType':"
                + " 'Agent', 'openid': 'https://id.example.com/bob'}]}"),
        at(StatementFormats.ids(statement), "/actor"));
  }

  /** Data §2.4.3.s6.b2: with format ids the LRS SHOULD* NOT include the display. */
  @Test
  void idsVerbsKeepTheirIdOnly() {
    assertEquals(json("{'id': 'http://adlnet.gov/expapi/verbs/answered'}"), at(ids, "/verb"));
  }

  @Test
  void idsActivitiesKeepObjectTypeAndIdOnly() {
    assertEquals(
        json("{'objectType': 'Activity', 'id': 'https://awarehouse.example/modules/phishing/q1'}"),
        at(ids, "/object"));
    assertEquals(
        json("[{'objectType': 'Activity', 'id': 'https://awarehouse.example/modules/phishing'}]"),
        at(ids, "/context/contextActivities/parent"));
    assertEquals(
        json("[{'objectType': 'Activity', 'id': 'https://w3id.org/xapi/scorm'}]"),
        at(ids, "/context/contextActivities/category"));
  }

  @Test
  void idsASingleContextActivityIsReducedInPlace() {
    JsonObject statement =
        set(
                "/context/contextActivities",
                "{'other': {'id': 'https://a.example/o', 'definition': {'name': {'en': 'O'}}}}")
            .applyTo(RICH);

    assertEquals(
        json("{'other': {'objectType': 'Activity', 'id': 'https://a.example/o'}}"),
        at(StatementFormats.ids(statement), "/context/contextActivities"));
  }

  @Test
  void idsEverythingElseIsKept() {
    for (String kept :
        List.of(
            "/id",
            "/result",
            "/timestamp",
            "/stored",
            "/version",
            "/attachments",
            "/context/registration",
            "/context/statement",
            "/context/extensions",
            "/context/language")) {
      assertEquals(at(RICH, kept), at(ids, kept), kept);
    }
  }

  @Test
  void idsSubStatementsAreReducedInside() {
    JsonObject sub = at(StatementFormats.ids(SUB_STATEMENT), "/object").asJsonObject();

    assertEquals("SubStatement", sub.getString("objectType"));
    assertEquals(
        json("{'objectType': 'Agent', 'mbox': 'mailto:learner@example.com'}"), sub.get("actor"));
    assertEquals(json("{'id': 'http://adlnet.gov/expapi/verbs/completed'}"), sub.get("verb"));
    assertEquals(
        json("{'objectType': 'Activity', 'id': 'https://awarehouse.example/modules/passwords'}"),
        sub.get("object"));
    assertEquals(at(SUB_STATEMENT, "/object/result"), sub.get("result"));
  }

  @Test
  void idsStatementRefsAndAgentObjectsStayIdentifiable() {
    assertEquals(at(VOIDING, "/object"), at(StatementFormats.ids(VOIDING), "/object"));
    assertEquals(
        json("{'objectType': 'Agent', 'mbox': 'mailto:coach@example.com'}"),
        at(StatementFormats.ids(GROUPS), "/object"));
  }

  @Test
  void idsContextAgentsAndGroupsAreReduced() {
    JsonObject statement =
        set("/context/contextAgents/0/agent/name", "'CISO'").applyTo(CONTEXT_AGENTS);

    JsonObject context = at(StatementFormats.ids(statement), "/context").asJsonObject();

    assertEquals(
        json("{'objectType': 'Agent', 'mbox': 'mailto:ciso@example.com'}"),
        at(context, "/contextAgents/0/agent"));
    assertEquals(
        json("['https://awarehouse.example/types/presenter']"),
        at(context, "/contextAgents/0/relevantTypes"));
    assertEquals(
        json("{'objectType': 'Group', 'mbox': 'mailto:board@example.com'}"),
        at(context, "/contextGroups/0/group"));
  }

  @Test
  void idsIsStillValid() {
    assertDoesNotThrow(() -> new StatementValidator(XapiVersion.V1_0_3).validate(ids));
  }

  @Test
  void canonicalAnExactMatchWins() {
    JsonObject canonical = StatementFormats.canonical(RICH, List.of("nl"));

    assertEquals(json("{'nl': 'beantwoordde'}"), at(canonical, "/verb/display"));
    assertEquals(
        json("{'nl': 'Dringende factuur'}"),
        at(canonical, "/object/definition/choices/0/description"));
    assertEquals(json("{'nl': 'Handtekening'}"), at(canonical, "/attachments/0/display"));
  }

  @Test
  void canonicalThenTheSamePrimaryLanguage() {
    JsonObject canonical = StatementFormats.canonical(RICH, List.of("nl-BE"));

    assertEquals(json("{'nl': 'beantwoordde'}"), at(canonical, "/verb/display"));
    assertEquals(json("{'nl-NL': 'Vraag 1'}"), at(canonical, "/object/definition/name"));
  }

  @Test
  void canonicalThenTheFirstEntry() {
    JsonObject canonical = StatementFormats.canonical(RICH, List.of("fr"));

    assertEquals(json("{'en-US': 'answered'}"), at(canonical, "/verb/display"));
    assertEquals(
        json("{'en-US': 'Which of these is phishing?'}"),
        at(canonical, "/object/definition/description"));
    assertEquals(
        json("{'en-US': 'Team lunch'}"), at(canonical, "/object/definition/choices/1/description"));
    assertEquals(
        json("{'en-US': 'The JWS of this statement'}"),
        at(canonical, "/attachments/0/description"));
  }

  @Test
  void canonicalUndeterminedBeforeTheFirstEntry() {
    JsonObject statement = set("/verb/display", "{'de': 'beantwortete', 'und': '?'}").applyTo(RICH);

    assertEquals(
        json("{'und': '?'}"),
        at(StatementFormats.canonical(statement, List.of("fr")), "/verb/display"));
  }

  @Test
  void canonicalTheReadersPreferenceOrderCounts() {
    JsonObject canonical = StatementFormats.canonical(RICH, List.of("en-GB", "nl"));

    assertEquals(json("{'en-US': 'answered'}"), at(canonical, "/verb/display"));
    assertEquals(json("{'en-US': 'Question 1'}"), at(canonical, "/object/definition/name"));
  }

  @Test
  void canonicalWithoutPreferencesTheFirstEntry() {
    assertEquals(
        json("{'en-US': 'Signature'}"),
        at(StatementFormats.canonical(RICH, List.of()), "/attachments/0/display"));
  }

  @Test
  void canonicalContextActivitiesAndSubStatementsToo() {
    JsonObject statement =
        set(
                "/object/context/contextActivities",
                "{'parent': [{'id': 'https://a.example/p', 'definition': {'name': {'en': 'P',"
                    + " 'nl': 'O'}}}]}")
            .applyTo(
                set("/object/verb/display", "{'en': 'completed', 'nl': 'voltooide'}")
                    .applyTo(SUB_STATEMENT));

    JsonObject canonical = StatementFormats.canonical(statement, List.of("nl"));

    assertEquals(json("{'nl': 'voltooide'}"), at(canonical, "/object/verb/display"));
    assertEquals(
        json("{'nl': 'O'}"),
        at(canonical, "/object/context/contextActivities/parent/0/definition/name"));
  }

  @Test
  void canonicalNothingButLanguageMapsChanges() {
    JsonObject canonical = StatementFormats.canonical(RICH, List.of("nl"));

    for (String kept :
        List.of(
            "/id",
            "/actor",
            "/result",
            "/context/team",
            "/context/statement",
            "/object/definition/correctResponsesPattern",
            "/object/definition/extensions",
            "/authority",
            "/attachments/0/sha2",
            "/verb/id")) {
      assertEquals(at(RICH, kept), at(canonical, kept), kept);
    }
  }

  @Test
  void canonicalIsStillValid() {
    JsonObject canonical = StatementFormats.canonical(RICH, List.of("nl", "en"));

    assertDoesNotThrow(() -> new StatementValidator(XapiVersion.V1_0_3).validate(canonical));
  }
}
