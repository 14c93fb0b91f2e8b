package org.awarehouse.xapi.control;

import static org.awarehouse.xapi.control.Statements.CONTEXT_AGENTS;
import static org.awarehouse.xapi.control.Statements.GROUPS;
import static org.awarehouse.xapi.control.Statements.MINIMAL;
import static org.awarehouse.xapi.control.Statements.RICH;
import static org.awarehouse.xapi.control.Statements.SUB_STATEMENT;
import static org.awarehouse.xapi.control.Statements.VOIDING;
import static org.awarehouse.xapi.control.Statements.remove;
import static org.awarehouse.xapi.control.Statements.set;
import static org.awarehouse.xapi.control.XapiVersion.V1_0_3;
import static org.awarehouse.xapi.control.XapiVersion.V2_0_0;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.awarehouse.platform.control.FieldError;
import org.awarehouse.xapi.control.Statements.Edit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every rejection (the table in invalid-statements.csv) starts from a known-valid statement and
 * changes one thing, then asserts the property path the validator names. Requirements cite xAPI
 * 1.0.3 Part Two ("Data") sections, the conformance requirement ids (XAPI-000nn) of the ADL LRS
 * test suite, or IEEE 9274.1.1 (2.0).
 */
class StatementValidatorTest {
  private static final String REF =
      "{'objectType': 'StatementRef', 'id': '6690e6c9-3ef0-4ed3-8b37-7f3964730bee'}";

  private static final Map<String, JsonObject> BASES =
      Map.of(
          "RICH", RICH,
          "MINIMAL", MINIMAL,
          "GROUPS", GROUPS,
          "SUB_STATEMENT", SUB_STATEMENT,
          "VOIDING", VOIDING,
          "CONTEXT_AGENTS", CONTEXT_AGENTS);

  /** The table of invalid statements: one requirement, one change, one expected path per row. */
  @ParameterizedTest(name = "{0} [{3} = {4}] -> {5}")
  @CsvFileSource(resources = "/org/awarehouse/xapi/control/invalid-statements.csv", delimiter = '|')
  void rejectsWithPropertyPath(
      String requirement,
      XapiVersion version,
      String base,
      String pointer,
      String value,
      String path) {
    Edit edit = value.equals("REMOVE") ? remove(pointer) : set(pointer, value);
    JsonObject statement = edit.applyTo(BASES.get(base));
    StatementValidator validator = new StatementValidator(version);

    InvalidStatementException e =
        assertThrows(InvalidStatementException.class, () -> validator.validate(statement));

    assertEquals(path, e.fieldErrors().get(0).field(), e.getMessage());
  }

  /** A known-valid statement, and the requirement it shows to be accepted. */
  record Acceptance(String requirement, XapiVersion version, JsonObject statement) {
    @Override
    public String toString() {
      return requirement;
    }
  }

  static Acceptance accept(String requirement, JsonObject base, Edit... edits) {
    JsonObject statement = base;
    for (Edit edit : edits) {
      statement = edit.applyTo(statement);
    }
    return new Acceptance(requirement, V1_0_3, statement);
  }

  static Acceptance accept2(String requirement, JsonObject base, Edit... edits) {
    return new Acceptance(requirement, V2_0_0, accept(requirement, base, edits).statement());
  }

  static Acceptance interaction(String type, String rest) {
    return accept(
        "§2.4.4.1.s9 interactionType " + type,
        MINIMAL,
        set(
            "/object/definition",
            "{'type': 'http://adlnet.gov/expapi/activities/cmi.interaction', 'interactionType': '"
                + type
                + "'"
                + rest
                + "}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void acceptsValidStatements(Acceptance acceptance) {
    StatementValidator validator = new StatementValidator(acceptance.version());

    assertDoesNotThrow(() -> validator.validate(acceptance.statement()));
  }

  static Stream<Acceptance> acceptsValidStatements() {
    String components =
        ", 'choices': [{'id': 'golf', 'description': {'en-US': 'Golf'}}, {'id': 'tetris'}]";
    return Stream.of(
        accept("every Statement property (§2.4)", RICH),
        accept("§2.2.s2.b3 only actor, verb and object", MINIMAL),
        accept2("2.0 accepts a 1.0.3-shaped minimal statement", MINIMAL),
        accept2("9274.1.1 contextAgents and contextGroups", CONTEXT_AGENTS),
        accept2(
            "2.0 accepts every 1.0.3 property, with version 2.0.0",
            RICH,
            set("/version", "'2.0.0'")),
        accept("§2.4.2.2 an Anonymous Group as actor, an Agent as object", GROUPS),
        accept(
            "§2.4.2.2.s5 an Identified Group with members",
            GROUPS,
            set("/actor/mbox", "'mailto:finance@example.com'")),
        accept(
            "§2.4.2.2.s5.b4 an Identified Group without members",
            MINIMAL,
            set(
                "/actor",
                "{'objectType': 'Group', 'account': {'homePage': 'https://lms.example.edu', 'name':"
                    + " 'finance'}}")),
        accept(
            "§2.4.4.2 a Group as object",
            GROUPS,
            set(
                "/object",
                "{'objectType': 'Group', 'member': [{'mbox': 'mailto:a@example.com'}]}")),
        accept(
            "§2.4.4.3 a SubStatement with result, context and a future timestamp (§2.4.7.s3.b5)",
            SUB_STATEMENT),
        accept(
            "Appendix B: a SubStatement whose object is a StatementRef",
            SUB_STATEMENT,
            set("/object/object", REF),
            remove("/object/context")),
        accept("§2.3.2 a voiding statement", VOIDING),
        accept(
            "§2.4.4.3 a StatementRef to comment on, with result",
            VOIDING,
            set("/verb/id", "'http://example.com/commented'"),
            set("/result", "{'response': 'Wow, nice work!'}")),
        interaction("true-false", ", 'correctResponsesPattern': ['true']"),
        interaction("choice", ", 'correctResponsesPattern': ['golf[,]tetris']" + components),
        interaction("fill-in", ", 'correctResponsesPattern': ['Bob is your uncle']"),
        interaction(
            "long-fill-in",
            ", 'correctResponsesPattern': ['{case_matters=false}{lang=en}To store learning"
                + " experiences.']"),
        interaction(
            "matching",
            ", 'correctResponsesPattern': ['ben[.]3'], 'source': [{'id': 'ben'}], 'target': [{'id':"
                + " '3'}]"),
        interaction(
            "performance",
            ", 'correctResponsesPattern': ['pong[.]1:'], 'steps': [{'id': 'pong', 'description':"
                + " {'en-US': 'Net pong'}}]"),
        interaction("sequencing", ", 'correctResponsesPattern': ['tetris[,]golf']" + components),
        interaction(
            "likert",
            ", 'correctResponsesPattern': ['likert_3'], 'scale': [{'id': 'likert_0'}, {'id':"
                + " 'likert_3'}]"),
        interaction("numeric", ", 'correctResponsesPattern': ['4[:]']"),
        interaction("other", ", 'correctResponsesPattern': ['(35.937432,-86.868896)']"),
        accept(
            "§2.4.4.1.s8 component lists are optional: likert without scale",
            MINIMAL,
            set("/object/definition", "{'interactionType': 'likert'}")),
        accept(
            "§2.4.4.1.s11 an empty correctResponsesPattern: no answer is correct",
            MINIMAL,
            set(
                "/object/definition",
                "{'interactionType': 'choice', 'correctResponsesPattern': []}")),
        accept(
            "§2.4.6.2.s4.b2 single Activities as context activities",
            RICH,
            set(
                "/context/contextActivities",
                "{'parent': {'id': 'https://awarehouse.example/p'}, 'other': {'objectType':"
                    + " 'Activity', 'id': 'https://awarehouse.example/o'}}")),
        accept(
            "§4.1.s3.b2 any extension value, null included (conformance suite)",
            RICH,
            set(
                "/result/extensions",
                "{'http://example.com/null': null, 'urn:x:list': [1, {'a': null}]}")),
        accept(
            "§2.4.9.s3.b1 authority: OAuth consumer and user as a Group of two",
            RICH,
            set(
                "/authority",
                "{'objectType': 'Group', 'member': [{'account': {'homePage':"
                    + " 'http://example.com/xAPI/OAuth/Token', 'name': 'oauth_consumer_x75db'}},"
                    + " {'mbox': 'mailto:bob@example.com'}]}")),
        accept(
            "§2.4.6 an anonymous Group as instructor",
            RICH,
            set(
                "/context/instructor",
                "{'objectType': 'Group', 'member': [{'mbox': 'mailto:a@example.com'}]}")),
        accept("Communication §3.3: version 1.0 is 1.0.0", RICH, set("/version", "'1.0'")),
        accept("§2.4.10.s3.b1 any 1.0.x version", RICH, set("/version", "'1.0.3'")),
        accept(
            "§4.2 language tags zh-Hant-TW, und, x-private, en-GB-oed",
            MINIMAL,
            set(
                "/verb/display",
                "{'zh-Hant-TW': 'a', 'und': 'b', 'x-private': 'c', 'en-GB-oed': 'd', 'es-419':"
                    + " 'e'}")),
        accept(
            "§2.4.2.3 mbox_sha1sum in upper case",
            MINIMAL,
            set("/actor", "{'mbox_sha1sum': 'EBD31E95054C018B10727CCFFD2EF2EC3A016EE9'}")),
        accept(
            "§2.4.2.3 an openid actor",
            MINIMAL,
            set("/actor", "{'openid': 'http://toby.openid.example.org/'}")),
        accept(
            "§2.4.5.1 scaled -1 and raw without bounds",
            MINIMAL,
            set("/result", "{'score': {'scaled': -1.0000, 'raw': 1234.5}}")),
        accept(
            "§2.4.5.1 min without max",
            MINIMAL,
            set("/result", "{'score': {'min': 0.6767676, 'raw': 0.6767676}}")),
        accept(
            "§2.2.s2.b1 empty objects are discouraged, not rejected",
            MINIMAL,
            set("/result", "{}")),
        accept(
            "§4.5 a timestamp with an offset",
            MINIMAL,
            set("/timestamp", "'2013-05-18T05:32:34.804+05:30'")),
        accept(
            "§4.3 an IRI with non-ASCII characters",
            MINIMAL,
            set(
                "/verb/id",
                "'http://example.com/\u0641\u0639\u0644/\u062e\u0648\u0627\u0646\u062f\u0646'")),
        accept(
            "§4.4 upper-case UUIDs",
            VOIDING,
            set("/object/id", "'E05AA883-ACAF-40AD-BF54-02C8CE485FB0'")),
        accept(
            "§2.4.11 an attachment without description and fileUrl",
            RICH,
            remove("/attachments/0/description"),
            remove("/attachments/0/fileUrl")),
        accept("§4.1 an empty extensions object", RICH, set("/context/extensions", "{}")));
  }

  @Test
  void rejectsMalformedLanguageTagsAsLanguageMapKeys() {
    for (String tag : List.of("", "e", "english us", "12", "en_US", "en-", "abcdefghi", "x")) {
      JsonObject statement = set("/verb/display/" + tag, "'x'").applyTo(RICH);

      InvalidStatementException e =
          assertThrows(
              InvalidStatementException.class,
              () -> new StatementValidator(V1_0_3).validate(statement),
              tag);

      assertEquals("verb.display." + tag, e.fieldErrors().get(0).field());
    }
  }

  @Test
  void theExceptionIsAProblemWithOneFieldError() {
    JsonObject statement = set("/actor/mbox", "'learner@example.com'").applyTo(MINIMAL);

    InvalidStatementException e =
        assertThrows(
            InvalidStatementException.class,
            () -> new StatementValidator(V1_0_3).validate(statement));

    assertEquals(400, e.status());
    assertEquals("xapi-invalid-statement", e.type());
    assertEquals("The statement is not valid xAPI", e.title());
    assertEquals(
        List.of(
            new FieldError(
                "actor.mbox", "must be a mailto IRI such as mailto:learner@example.com")),
        e.fieldErrors());
    assertEquals(
        "actor.mbox: must be a mailto IRI such as mailto:learner@example.com", e.getMessage());
  }

  @Test
  void acceptsAnAgentParameter() {
    JsonObject agent = Statements.parse("{\"mbox\": \"mailto:learner@example.com\"}");

    assertDoesNotThrow(() -> new StatementValidator(V1_0_3).validateAgent(agent, "agent"));
  }

  @Test
  void acceptsAnIdentifiedGroupAsAgentParameter() {
    JsonObject group =
        Statements.parse("{\"objectType\": \"Group\", \"openid\": \"https://id.example.com/g\"}");

    assertDoesNotThrow(() -> new StatementValidator(V1_0_3).validateAgent(group, "agent"));
  }

  @Test
  void rejectsAnAgentParameterWithTheParameterAsPath() {
    JsonObject agent = Statements.parse("{\"mbox\": \"learner@example.com\"}");

    InvalidStatementException e =
        assertThrows(
            InvalidStatementException.class,
            () -> new StatementValidator(V1_0_3).validateAgent(agent, "agent"));

    assertEquals("agent.mbox", e.fieldErrors().get(0).field());
  }

  @Test
  void rejectsAnAnonymousGroupAsAgentParameter() {
    JsonObject group =
        Statements.parse(
            "{\"objectType\": \"Group\", \"member\": [{\"mbox\": \"mailto:a@example.com\"}]}");

    InvalidStatementException e =
        assertThrows(
            InvalidStatementException.class,
            () -> new StatementValidator(V1_0_3).validateAgent(group, "agent"));

    assertEquals("agent", e.fieldErrors().get(0).field());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "fd41c918-b88b-4b20-a0a5-a4c32391aaa0",
        "E05AA883-ACAF-40AD-BF54-02C8CE485FB0",
        "00000000-0000-0000-0000-000000000000"
      })
  void recognisesUuidsInStandardStringForm(String uuid) {
    assertTrue(StatementValidator.isUuid(uuid));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "fd41c918b88b4b20a0a5a4c32391aaa0",
        "{fd41c918-b88b-4b20-a0a5-a4c32391aaa0}",
        "fd41c918-b88b-4b20-a0a5-a4c32391aaa",
        "gd41c918-b88b-4b20-a0a5-a4c32391aaa0",
        " fd41c918-b88b-4b20-a0a5-a4c32391aaa0"
      })
  void rejectsOtherUuidForms(String notUuid) {
    assertFalse(StatementValidator.isUuid(notUuid));
  }

  @Test
  void aNullIsNoUuid() {
    assertFalse(StatementValidator.isUuid(null));
  }
}
