package org.awarehouse.xapi.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonPointer;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;

/**
 * Known-valid statements to start from, and single edits to them. Edit values are JSON written with
 * single quotes for readability ({@code set("/actor/mbox", "'x'")}); they are turned into double
 * quotes before parsing, so values cannot contain an apostrophe.
 */
final class Statements {
  static final JsonProvider JSON = JsonProvider.provider();

  /** Every Statement property, an interaction Activity, and a full context (xAPI 1.0.3). */
  static final JsonObject RICH =
      parse(
          """
          {
            "id": "fd41c918-b88b-4b20-a0a5-a4c32391aaa0",
            "actor": {"objectType": "Agent", "name": "Learner", "mbox": "mailto:learner@example.com"},
            "verb": {
              "id": "http://adlnet.gov/expapi/verbs/answered",
              "display": {"en-US": "answered", "nl": "beantwoordde"}
            },
            "object": {
              "objectType": "Activity",
              "id": "https://awarehouse.example/modules/phishing/q1",
              "definition": {
                "name": {"en-US": "Question 1", "nl-NL": "Vraag 1"},
                "description": {"en-US": "Which of these is phishing?"},
                "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
                "moreInfo": "https://awarehouse.example/modules/phishing",
                "interactionType": "choice",
                "correctResponsesPattern": ["a[,]c"],
                "choices": [
                  {"id": "a", "description": {"en-US": "Urgent invoice", "nl": "Dringende factuur"}},
                  {"id": "b", "description": {"en-US": "Team lunch"}},
                  {"id": "c", "description": {"en-US": "Password reset"}}
                ],
                "extensions": {"https://awarehouse.example/ext/difficulty": 2}
              }
            },
            "result": {
              "score": {"scaled": 0.5, "raw": 5, "min": 0, "max": 10},
              "success": true,
              "completion": true,
              "response": "a[,]c",
              "duration": "PT1M30S",
              "extensions": {"https://awarehouse.example/ext/attempt": 1}
            },
            "context": {
              "registration": "ec531277-b57b-4c15-8d91-d292c5b2b8f7",
              "instructor": {
                "objectType": "Agent",
                "account": {"homePage": "https://lms.example.edu", "name": "teacher-1"}
              },
              "team": {
                "objectType": "Group",
                "name": "Finance",
                "member": [{"mbox_sha1sum": "ebd31e95054c018b10727ccffd2ef2ec3a016ee9"}]
              },
              "contextActivities": {
                "parent": [{"id": "https://awarehouse.example/modules/phishing"}],
                "grouping": [{"objectType": "Activity", "id": "https://awarehouse.example/base"}],
                "category": [{"id": "https://w3id.org/xapi/scorm"}],
                "other": [{"id": "https://awarehouse.example/other"}]
              },
              "revision": "2",
              "platform": "Awarehouse player",
              "language": "en-US",
              "statement": {"objectType": "StatementRef", "id": "6690e6c9-3ef0-4ed3-8b37-7f3964730bee"},
              "extensions": {"https://awarehouse.example/ext/session": "s-1"}
            },
            "timestamp": "2024-03-01T12:00:00.123Z",
            "stored": "2024-03-01T12:00:01.000+00:00",
            "authority": {
              "objectType": "Agent",
              "account": {"homePage": "https://awarehouse.example", "name": "lrs-client-1"}
            },
            "version": "1.0.0",
            "attachments": [
              {
                "usageType": "http://adlnet.gov/expapi/attachments/signature",
                "display": {"en-US": "Signature", "nl": "Handtekening"},
                "description": {"en-US": "The JWS of this statement"},
                "contentType": "application/octet-stream",
                "length": 4235,
                "sha2": "672fa5fa658017f1b72d65036f13379c6ab05d4ab3b6664908d8acf0b6a0c634",
                "fileUrl": "https://awarehouse.example/files/signature"
              }
            ]
          }
          """);

  /** Only what §2.2.s2.b3 requires: actor, verb and object. */
  static final JsonObject MINIMAL =
      parse(
          """
          {
            "actor": {"mbox": "mailto:learner@example.com"},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
            "object": {"id": "https://awarehouse.example/modules/passwords"}
          }
          """);

  /** A Group as actor and an Agent as object. */
  static final JsonObject GROUPS =
      parse(
          """
          {
            "actor": {
              "objectType": "Group",
              "name": "Finance team",
              "member": [
                {"mbox": "mailto:ann@example.com"},
                {"objectType": "Agent", "openid": "https://id.example.com/bob"}
              ]
            },
            "verb": {"id": "http://adlnet.gov/expapi/verbs/interacted"},
            "object": {"objectType": "Agent", "mbox": "mailto:coach@example.com"}
          }
          """);

  /** A SubStatement as object, with its own result, context and timestamp. */
  static final JsonObject SUB_STATEMENT =
      parse(
          """
          {
            "actor": {"mbox": "mailto:coach@example.com"},
            "verb": {"id": "http://example.com/verbs/planned", "display": {"en-US": "planned"}},
            "object": {
              "objectType": "SubStatement",
              "actor": {"objectType": "Agent", "mbox": "mailto:learner@example.com"},
              "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
              "object": {"id": "https://awarehouse.example/modules/passwords"},
              "result": {"completion": true, "duration": "PT5M"},
              "context": {
                "registration": "ec531277-b57b-4c15-8d91-d292c5b2b8f7",
                "platform": "Awarehouse player"
              },
              "timestamp": "2030-01-01T09:00:00+01:00"
            }
          }
          """);

  /** A voiding statement: the reserved verb and a StatementRef (§2.3.2). */
  static final JsonObject VOIDING =
      parse(
          """
          {
            "actor": {"mbox": "mailto:admin@example.com"},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/voided", "display": {"en-US": "voided"}},
            "object": {"objectType": "StatementRef", "id": "e05aa883-acaf-40ad-bf54-02c8ce485fb0"}
          }
          """);

  /** The context properties xAPI 2.0 (IEEE 9274.1.1) adds. */
  static final JsonObject CONTEXT_AGENTS =
      parse(
          """
          {
            "actor": {"mbox": "mailto:learner@example.com"},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/attended"},
            "object": {"id": "https://awarehouse.example/sessions/board-briefing"},
            "context": {
              "contextAgents": [
                {
                  "objectType": "contextAgent",
                  "agent": {"objectType": "Agent", "mbox": "mailto:ciso@example.com"},
                  "relevantTypes": ["https://awarehouse.example/types/presenter"]
                }
              ],
              "contextGroups": [
                {
                  "objectType": "contextGroup",
                  "group": {"objectType": "Group", "mbox": "mailto:board@example.com"},
                  "relevantTypes": ["https://awarehouse.example/types/audience"]
                }
              ]
            },
            "version": "2.0.0"
          }
          """);

  private Statements() {}

  static JsonObject parse(String json) {
    try (var reader = JSON.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  /** One change to a statement, at a JSON Pointer (RFC 6901); a null value removes. */
  record Edit(String pointer, String json) {
    JsonObject applyTo(JsonObject statement) {
      JsonPointer at = JSON.createPointer(pointer);
      if (json == null) {
        return at.remove(statement);
      }
      JsonValue value = value(json.replace('\'', '"'));
      return at.containsValue(statement) ? at.replace(statement, value) : at.add(statement, value);
    }

    @Override
    public String toString() {
      return json == null ? "remove " + pointer : pointer + " = " + json;
    }
  }

  static Edit set(String pointer, String json) {
    return new Edit(pointer, json);
  }

  static Edit remove(String pointer) {
    return new Edit(pointer, null);
  }

  static JsonValue value(String json) {
    try (var reader = JSON.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }
}
