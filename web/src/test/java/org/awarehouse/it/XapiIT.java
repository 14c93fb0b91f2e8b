package org.awarehouse.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Statement Resource over HTTP against the provisioned server and MariaDB. Test names cite
 * the xAPI 1.0.3 requirement they check ("Communication" and "Data" are the spec's parts).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XapiIT extends XapiItBase {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Test
  void aboutNeedsNoCredentialsAndNamesTheVersions_Communication_2_7() {
    api().get("xapi/about").then()
        .statusCode(200)
        .header(VERSION, notNullValue())
        .body("version", hasItem("1.0.3"));
  }

  @Test
  void requestsWithoutVersionOrCredentialsAreRejected_Communication_3_3_and_4() {
    api().auth().preemptive().basic(key, secret).get("xapi/statements").then()
        .statusCode(400).contentType("application/problem+json").header(VERSION, "1.0.3");
    api().auth().preemptive().basic(key, secret).header(VERSION, "0.95").get("xapi/statements").then().statusCode(400);
    api().header(VERSION, "1.0.3").get("xapi/statements").then()
        .statusCode(401).header("WWW-Authenticate", containsString("Basic"));
    api().auth().preemptive().basic(key, "wrong").header(VERSION, "1.0.3").get("xapi/statements").then().statusCode(401);
    api().header(VERSION, "1.0.3").header("Authorization", "Bearer " + Deployments.operatorToken())
        .get("xapi/statements").then().statusCode(401);
  }

  @Test
  void theLrsSetsIdStoredTimestampAuthorityAndVersion_Data_2_4() {
    String id = lrs().contentType(ContentType.JSON).body(statement(actor("ann"), EXPERIENCED, "https://example.org/a/1"))
        .post("xapi/statements").then().statusCode(200).extract().jsonPath().getString("[0]");
    lrs().queryParam("statementId", id).get("xapi/statements").then()
        .statusCode(200)
        .header("Last-Modified", notNullValue())
        .header("X-Experience-API-Consistent-Through", notNullValue())
        .body("id", equalTo(id))
        .body("stored", notNullValue())
        .body("timestamp", notNullValue())
        .body("version", equalTo("1.0.0"))
        .body("authority.account.name", equalTo(key));
  }

  @Test
  void statementsAreImmutable_Communication_2_1_1() {
    String id = UUID.randomUUID().toString();
    Map<String, Object> statement = statement(actor("bob"), EXPERIENCED, "https://example.org/a/2");
    lrs().contentType(ContentType.JSON).queryParam("statementId", id).body(statement).put("xapi/statements").then()
        .statusCode(204);
    lrs().contentType(ContentType.JSON).queryParam("statementId", id).body(statement).put("xapi/statements").then()
        .statusCode(204);
    lrs().contentType(ContentType.JSON).queryParam("statementId", id)
        .body(statement(actor("bob"), COMPLETED, "https://example.org/a/2")).put("xapi/statements").then()
        .statusCode(409).contentType("application/problem+json");
    Map<String, Object> otherId = new java.util.HashMap<>(statement);
    otherId.put("id", UUID.randomUUID().toString());
    lrs().contentType(ContentType.JSON).queryParam("statementId", id).body(otherId).put("xapi/statements").then()
        .statusCode(400);
    lrs().contentType(ContentType.JSON).body(statement).put("xapi/statements").then().statusCode(400);
  }

  /**
   * Many clients at once, as learning content sends: requests may be stored together (group
   * commit), but each is answered for itself. Communication 2.1.2: a statement sent again with the
   * same content is a no-op, also while the first copy is being stored; different content under a
   * stored id is a 409 for that request only.
   */
  @Test
  void concurrentRequestsAreEachAnsweredForThemselves_Communication_2_1_2() throws Exception {
    String taken = UUID.randomUUID().toString();
    Map<String, Object> original = new java.util.HashMap<>(statement(actor("eve"), EXPERIENCED, "https://example.org/c/0"));
    original.put("id", taken);
    lrs().contentType(ContentType.JSON).body(original).post("xapi/statements").then().statusCode(200);
    Map<String, Object> conflicting = new java.util.HashMap<>(original);
    conflicting.put("verb", Map.of("id", COMPLETED));
    String retried = UUID.randomUUID().toString();
    Map<String, Object> retry = new java.util.HashMap<>(statement(actor("fay"), EXPERIENCED, "https://example.org/c/1"));
    retry.put("id", retried);

    java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(24);
    List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
    List<String> fresh = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    for (int i = 0; i < 120; i++) {
      int n = i;
      answers.add(clients.submit(() -> {
        Object body;
        if (n % 40 == 7) {
          body = conflicting;
        } else if (n % 10 == 3) {
          body = retry;
        } else {
          String id = UUID.randomUUID().toString();
          fresh.add(id);
          Map<String, Object> one = new java.util.HashMap<>(statement(actor("c" + n), EXPERIENCED, "https://example.org/c/" + n));
          one.put("id", id);
          body = one;
        }
        return lrs().contentType(ContentType.JSON).body(body).post("xapi/statements").statusCode();
      }));
    }
    int conflicts = 0;
    for (int i = 0; i < answers.size(); i++) {
      int status = answers.get(i).get(60, java.util.concurrent.TimeUnit.SECONDS);
      if (i % 40 == 7) {
        assertEquals(409, status, "request " + i + " conflicts with a stored statement");
        conflicts++;
      } else {
        assertEquals(200, status, "request " + i);
      }
    }
    clients.shutdown();
    assertEquals(3, conflicts);
    for (String id : fresh) {
      lrs().queryParam("statementId", id).get("xapi/statements").then().statusCode(200);
    }
    lrs().queryParam("statementId", retried).get("xapi/statements").then().statusCode(200);
    lrs().queryParam("statementId", taken).get("xapi/statements").then().statusCode(200)
        .body("verb.id", equalTo(EXPERIENCED));
  }

  @Test
  void aBatchWithOneInvalidStatementStoresNothing_Communication_2_1_2() {
    String good = UUID.randomUUID().toString();
    Map<String, Object> valid = new java.util.HashMap<>(statement(actor("cy"), EXPERIENCED, "https://example.org/a/3"));
    valid.put("id", good);
    Map<String, Object> invalid = statement(Map.of("name", "no identifier"), EXPERIENCED, "https://example.org/a/3");
    lrs().contentType(ContentType.JSON).body(List.of(valid, invalid)).post("xapi/statements").then()
        .statusCode(400)
        .body("errors[0].field", equalTo("[1].actor"));
    lrs().queryParam("statementId", good).get("xapi/statements").then().statusCode(404);
  }

  @Test
  void invalidInputGetsA400NamingTheProblem_Communication_2_1_and_Data_2_4() {
    lrs().contentType(ContentType.JSON).body("{\"actor\":").post("xapi/statements").then().statusCode(400);
    lrs().contentType(ContentType.JSON).body("[1, 2]").post("xapi/statements").then().statusCode(400);
    lrs().contentType(ContentType.JSON).body("[]").post("xapi/statements").then().statusCode(400);
    lrs().contentType(ContentType.JSON).body(Map.of("actor", actor("d"), "verb", Map.of("id", "not an iri"),
        "object", Map.of("id", "https://example.org/a"))).post("xapi/statements").then()
        .statusCode(400).body("errors[0].field", equalTo("verb.id"));
    lrs().queryParam("foo", "bar").get("xapi/statements").then().statusCode(400).body("errors[0].field", equalTo("foo"));
    lrs().queryParam("statementId", UUID.randomUUID().toString()).queryParam("verb", COMPLETED)
        .get("xapi/statements").then().statusCode(400);
    lrs().queryParam("since", "yesterday").get("xapi/statements").then().statusCode(400);
    lrs().queryParam("agent", "{\"name\":\"nobody\"}").get("xapi/statements").then().statusCode(400);
    byte[] huge = new byte[8 * 1024 * 1024 + 10];
    java.util.Arrays.fill(huge, (byte) ' ');
    lrs().contentType(ContentType.JSON).body(huge).post("xapi/statements").then().statusCode(413);
  }

  @Test
  void wrongContentTypesAre415AndHeadAnswersWithoutABody_Communication_2_1() {
    lrs().contentType("text/plain").body("{}").post("xapi/statements").then()
        .statusCode(415).contentType("application/problem+json").header(VERSION, "1.0.3");
    String id = lrs().contentType(ContentType.JSON).body(statement(actor("max"), EXPERIENCED, "https://example.org/h"))
        .post("xapi/statements").then().statusCode(200).extract().jsonPath().getString("[0]");
    lrs().queryParam("statementId", id).head("xapi/statements").then()
        .statusCode(200).header(VERSION, "1.0.3").body(equalTo(""));
  }

  @Test
  void queriesFilterByAgentVerbActivityRegistrationAndTime_Communication_2_1_3() {
    String registration = UUID.randomUUID().toString();
    String activity = "https://example.org/course/" + UUID.randomUUID();
    Map<String, Object> inContext = new java.util.HashMap<>(statement(actor("eve"), EXPERIENCED, "https://example.org/page/1"));
    inContext.put("context", Map.of("registration", registration,
        "contextActivities", Map.of("parent", List.of(Map.of("id", activity)))));
    Map<String, Object> direct = new java.util.HashMap<>(statement(actor("eve"), COMPLETED, activity));
    direct.put("context", Map.of("registration", registration));
    List<String> ids = lrs().contentType(ContentType.JSON)
        .body(List.of(inContext, direct, statement(actor("fay"), COMPLETED, activity)))
        .post("xapi/statements").then().statusCode(200).extract().jsonPath().getList("$");

    String eve = "{\"mbox\":\"mailto:eve@example.org\"}";
    lrs().queryParam("agent", eve).get("xapi/statements").then().body("statements.id", equalTo(List.of(ids.get(1), ids.get(0))));
    lrs().queryParam("agent", eve).queryParam("verb", COMPLETED).get("xapi/statements").then()
        .body("statements.id", equalTo(List.of(ids.get(1))));
    lrs().queryParam("activity", activity).get("xapi/statements").then()
        .body("statements.id", equalTo(List.of(ids.get(2), ids.get(1))));
    lrs().queryParam("activity", activity).queryParam("related_activities", "true").get("xapi/statements").then()
        .body("statements.id", equalTo(List.of(ids.get(2), ids.get(1), ids.get(0))));
    lrs().queryParam("registration", registration).queryParam("ascending", "true").get("xapi/statements").then()
        .body("statements.id", equalTo(List.of(ids.get(0), ids.get(1))));
    lrs().queryParam("activity", activity).queryParam("format", "ids").get("xapi/statements").then()
        .body("statements[0].actor.name", nullValue())
        .body("statements[0].actor.mbox", equalTo("mailto:fay@example.org"));
    String stored = lrs().queryParam("statementId", ids.get(0)).get("xapi/statements").then().extract().path("stored");
    lrs().queryParam("agent", eve).queryParam("until", stored).queryParam("since", "2000-01-01T00:00:00Z")
        .get("xapi/statements").then().body("statements", hasSize(2));
    lrs().queryParam("agent", eve).queryParam("since", stored).get("xapi/statements").then().body("statements", hasSize(0));
  }

  @Test
  void moreLinksPageThroughEverythingOnce_Communication_2_1_3() {
    String activity = "https://example.org/paged/" + UUID.randomUUID();
    List<Map<String, Object>> batch = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      batch.add(statement(actor("p" + i), EXPERIENCED, activity));
    }
    List<String> sent = lrs().contentType(ContentType.JSON).body(batch).post("xapi/statements").then()
        .statusCode(200).extract().jsonPath().getList("$");
    List<String> seen = new ArrayList<>();
    Response page = lrs().queryParam("activity", activity).queryParam("limit", "3").queryParam("ascending", "true")
        .get("xapi/statements");
    int pages = 1;
    while (true) {
      seen.addAll(page.jsonPath().getList("statements.id"));
      String more = page.jsonPath().getString("more");
      if (more.isEmpty()) {
        break;
      }
      page = lrs().get(more.substring(1));
      pages++;
    }
    assertEquals(sent, seen);
    assertEquals(3, pages);
  }

  @Test
  void aVoidedStatementIsOnlyFoundAsVoided_Data_2_3_2() {
    String activity = "https://example.org/voiding/" + UUID.randomUUID();
    String target = lrs().contentType(ContentType.JSON).body(statement(actor("gus"), PASSED, activity))
        .post("xapi/statements").then().statusCode(200).extract().jsonPath().getString("[0]");
    String voiding = lrs().contentType(ContentType.JSON).body(Map.of("actor", actor("admin"),
            "verb", Map.of("id", "http://adlnet.gov/expapi/verbs/voided"),
            "object", Map.of("objectType", "StatementRef", "id", target)))
        .post("xapi/statements").then().statusCode(200).extract().jsonPath().getString("[0]");
    lrs().queryParam("statementId", target).get("xapi/statements").then().statusCode(404);
    lrs().queryParam("voidedStatementId", target).get("xapi/statements").then().statusCode(200).body("id", equalTo(target));
    lrs().queryParam("voidedStatementId", voiding).get("xapi/statements").then().statusCode(404);
    // Communication §2.1.4.s1.b2: the voiding statement targets the voided one and so matches its filters
    lrs().queryParam("activity", activity).get("xapi/statements").then().body("statements.id", equalTo(List.of(voiding)));
    lrs().contentType(ContentType.JSON).body(Map.of("actor", actor("admin"),
            "verb", Map.of("id", "http://adlnet.gov/expapi/verbs/voided"),
            "object", Map.of("objectType", "StatementRef", "id", voiding)))
        .post("xapi/statements").then().statusCode(400);
  }

  @Test
  void credentialsSeeOnlyTheirOrganisationAndTheirPermissions_Communication_4() {
    String id = lrs().contentType(ContentType.JSON).body(statement(actor("hal"), EXPERIENCED, "https://example.org/t"))
        .post("xapi/statements").then().statusCode(200).extract().jsonPath().getString("[0]");
    Map<String, String> other = credential(newOrganisationAdmin(), true, true);
    lrs(other.get("key"), other.get("secret")).queryParam("statementId", id).get("xapi/statements").then().statusCode(404);
    lrs(other.get("key"), other.get("secret")).queryParam("agent", "{\"mbox\":\"mailto:hal@example.org\"}")
        .get("xapi/statements").then().statusCode(200).body("statements", hasSize(0));

    Map<String, String> readOnly = credential(admin, true, false);
    lrs(readOnly.get("key"), readOnly.get("secret")).contentType(ContentType.JSON)
        .body(statement(actor("hal"), EXPERIENCED, "https://example.org/t")).post("xapi/statements").then().statusCode(403);
    Map<String, String> writeOnly = credential(admin, false, true);
    lrs(writeOnly.get("key"), writeOnly.get("secret")).get("xapi/statements").then().statusCode(403);

    String credentialId = as(admin).get("api/xapi-credentials").then().statusCode(200)
        .extract().jsonPath().getString("find { it.key == '" + readOnly.get("key") + "' }.id");
    as(admin).delete("api/xapi-credentials/" + credentialId).then().statusCode(204);
    lrs(readOnly.get("key"), readOnly.get("secret")).get("xapi/statements").then().statusCode(401);
    as(admin).get("api/xapi-credentials").then().body("secret", org.hamcrest.Matchers.everyItem(nullValue()));
  }

  @Test
  void theProgressProjectionFollowsStatementsAndRebuildsTheSame() {
    String activity = "https://example.org/module/" + UUID.randomUUID();
    Map<String, Object> passed = new java.util.HashMap<>(statement(actor("ivy"), PASSED, activity));
    passed.put("result", Map.of("score", Map.of("scaled", 0.8), "success", true, "duration", "PT4M30S"));
    Map<String, Object> completed = new java.util.HashMap<>(statement(actor("ivy"), COMPLETED, activity));
    completed.put("result", Map.of("completion", true));
    List<String> ids = lrs().contentType(ContentType.JSON)
        .body(List.of(statement(actor("ivy"), EXPERIENCED, activity), passed, completed,
            statement(actor("jo"), EXPERIENCED, activity)))
        .post("xapi/statements").then().statusCode(200).extract().jsonPath().getList("$");

    List<Map<String, Object>> before = progress(activity);
    assertEquals(2, before.size());
    Map<String, Object> ivy = before.get(0);
    assertEquals("mbox:mailto:ivy@example.org", ivy.get("learner"));
    assertEquals(true, ivy.get("passed"));
    assertEquals(0.8f, ((Number) ivy.get("scoreScaled")).floatValue());
    assertEquals(270f, ((Number) ivy.get("durationSeconds")).floatValue());
    assertTrue(ivy.get("completedAt") != null);
    assertEquals(3, ivy.get("statements"));
    assertEquals(null, before.get(1).get("completedAt"));

    as(admin).post("api/xapi/progress/rebuild").then().statusCode(200);
    assertEquals(before, progress(activity), "a rebuild from the statements gives the same projection");

    lrs().contentType(ContentType.JSON).body(Map.of("actor", actor("admin"),
            "verb", Map.of("id", "http://adlnet.gov/expapi/verbs/voided"),
            "object", Map.of("objectType", "StatementRef", "id", ids.get(1))))
        .post("xapi/statements").then().statusCode(200);
    Map<String, Object> voided = progress(activity).get(0);
    assertEquals(null, voided.get("passed"), "the voided pass no longer counts");
    assertEquals(null, voided.get("scoreScaled"));
    assertEquals(2, voided.get("statements"));
  }

  List<Map<String, Object>> progress(String activity) {
    return as(admin).queryParam("activity", activity).get("api/xapi/progress").then().statusCode(200)
        .extract().jsonPath().getList("$");
  }
}
