package org.awarehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Filter Conditions for StatementRefs (xAPI 1.0.3 and 2.0 Communication §2.1.3.s3): a statement
 * whose object targets another statement meets the filters that are not time or sequence based
 * when its target does, recursively, while since, until and limit apply to the targeting
 * statement itself. A is about activity X, B targets A (and names another activity), C is
 * unrelated.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XapiStatementRefIT extends XapiItBase {
  static final String CONFIRMED = "https://example.org/verbs/confirmed";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  String x;
  String a;
  String b;
  String c;

  @BeforeEach
  void targetTargetingAndUnrelated() {
    x = "https://example.org/explosives/" + UUID.randomUUID();
    a = post(statement(actor("ben"), PASSED, x));
    b = post(targeting(actor("andrew"), CONFIRMED, a));
    c = post(statement(actor("cid"), EXPERIENCED, "https://example.org/other/" + UUID.randomUUID()));
    assertEquals(List.of(c, b, a), ids(lrs()), "C is stored but matches none of the filters below");
  }

  @Test
  void theActivityFilterReturnsStatementsTargetingAMatchingStatement_Communication_2_1_3_s3() {
    assertEquals(List.of(b, a), ids(lrs().queryParam("activity", x)));
  }

  @Test
  void verbAndAgentFiltersReachThroughTheStatementRefToo_Communication_2_1_3_s3() {
    assertEquals(List.of(b, a), ids(lrs().queryParam("verb", PASSED)), "B's own verb is not passed");
    assertEquals(List.of(b, a), ids(lrs().queryParam("agent", "{\"mbox\":\"mailto:ben@example.org\"}")));
    assertEquals(List.of(b), ids(lrs().queryParam("agent", "{\"mbox\":\"mailto:andrew@example.org\"}")),
        "the target does not match the targeting statement's filters in turn");
  }

  @Test
  void theRuleAppliesRecursively_Communication_2_1_3_s3() {
    String d = post(targeting(actor("dee"), CONFIRMED, b));
    assertEquals(List.of(d, b, a), ids(lrs().queryParam("activity", x)));
  }

  @Test
  void aTargetStoredAfterItsTargetingStatementsStillCounts_Communication_2_1_3_s3() {
    String y = "https://example.org/late/" + UUID.randomUUID();
    String late = UUID.randomUUID().toString();
    String middle = post(targeting(actor("fay"), CONFIRMED, late));
    String outer = post(targeting(actor("eve"), CONFIRMED, middle));
    Map<String, Object> target = new HashMap<>(statement(actor("gus"), PASSED, y));
    target.put("id", late);
    post(target);
    assertEquals(List.of(late, outer, middle), ids(lrs().queryParam("activity", y)));
  }

  @Test
  void sinceAndUntilApplyToTheTargetingStatementsOwnStoredTime_Communication_2_1_3_s3() {
    String aStored = stored(a);
    assertEquals(List.of(b), ids(lrs().queryParam("activity", x).queryParam("since", aStored)));
    assertEquals(List.of(a), ids(lrs().queryParam("activity", x).queryParam("until", aStored)));
    assertEquals(List.of(b, a), ids(lrs().queryParam("activity", x).queryParam("until", stored(b))));
  }

  @Test
  void aVoidingStatementIsReturnedForItsVoidedTargetButTheTargetIsNot_Communication_2_1_4_s1() {
    String storedA = stored(a); // read before the voiding: a voided statement answers only to voidedStatementId
    String voiding = post(targeting(actor("admin"), "http://adlnet.gov/expapi/verbs/voided", a));
    assertEquals(List.of(voiding, b), ids(lrs().queryParam("activity", x)));
    assertEquals(List.of(voiding, b), ids(lrs().queryParam("verb", PASSED).queryParam("since", storedA)));
  }

  @Test
  void limitPagesThroughTargetAndTargetingStatementsOnce_Communication_2_1_3_s3() {
    List<String> seen = new ArrayList<>();
    Response page = lrs().queryParam("activity", x).queryParam("limit", "1").queryParam("ascending", "true")
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
    assertEquals(List.of(a, b), seen);
    assertEquals(2, pages);
  }

  static Map<String, Object> targeting(Object actor, String verb, String target) {
    return Map.of("actor", actor, "verb", Map.of("id", verb, "display", Map.of("en-US", "did")),
        "object", Map.of("objectType", "StatementRef", "id", target));
  }

  /** Stored times have millisecond precision; one each keeps since and until apart per statement. */
  String post(Map<String, Object> statement) {
    try {
      Thread.sleep(2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return lrs().contentType(ContentType.JSON).body(statement).post("xapi/statements").then().statusCode(200)
        .extract().jsonPath().getString("[0]");
  }

  String stored(String id) {
    return lrs().queryParam("statementId", id).get("xapi/statements").then().statusCode(200).extract().path("stored");
  }

  static List<String> ids(RequestSpecification query) {
    return query.get("xapi/statements").then().statusCode(200).extract().jsonPath().getList("statements.id");
  }
}
