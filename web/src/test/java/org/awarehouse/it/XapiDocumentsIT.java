package org.awarehouse.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
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
 * The document resources over HTTP: State, Activity Profile and Agent Profile, with ETags and
 * JSON merging (xAPI 1.0.3 Communication §2.3 to §2.6 and §3.1), and the Activities and Agents
 * resources.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XapiDocumentsIT extends XapiItBase {
  static final String AGENT = "{\"objectType\":\"Agent\",\"mbox\":\"mailto:kim@example.org\"}";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Test
  void stateIsStoredPerAgentActivityAndRegistration_Communication_2_3() {
    String activity = "https://example.org/module/" + UUID.randomUUID();
    String registration = UUID.randomUUID().toString();
    state(activity).queryParam("stateId", "bookmark").contentType("text/plain").body("page-3")
        .put("xapi/activities/state").then().statusCode(204).header("ETag", notNullValue());
    state(activity).queryParam("stateId", "bookmark").queryParam("registration", registration)
        .contentType("text/plain").body("page-7").put("xapi/activities/state").then().statusCode(204);

    state(activity).queryParam("stateId", "bookmark").get("xapi/activities/state").then()
        .statusCode(200).contentType(containsString("text/plain")).body(equalTo("page-3"))
        .header("Last-Modified", notNullValue());
    state(activity).queryParam("stateId", "bookmark").queryParam("registration", registration)
        .get("xapi/activities/state").then().statusCode(200).body(equalTo("page-7"));
    state(activity).queryParam("registration", registration).get("xapi/activities/state").then()
        .statusCode(200).body("$", equalTo(List.of("bookmark")));
    state(activity).queryParam("stateId", "other").get("xapi/activities/state").then().statusCode(404);

    state(activity).queryParam("registration", registration).delete("xapi/activities/state").then().statusCode(204);
    state(activity).queryParam("stateId", "bookmark").queryParam("registration", registration)
        .get("xapi/activities/state").then().statusCode(404);
    state(activity).queryParam("stateId", "bookmark").get("xapi/activities/state").then().statusCode(200);
    state(activity).queryParam("stateId", "bookmark").delete("xapi/activities/state").then().statusCode(204);
    state(activity).get("xapi/activities/state").then().statusCode(200).body("$", hasSize(0));
  }

  @Test
  void postMergesJsonObjectsAndRefusesAnythingElse_Communication_2_3() {
    String activity = "https://example.org/module/" + UUID.randomUUID();
    state(activity).queryParam("stateId", "progress").contentType(ContentType.JSON).body(Map.of("a", 1, "b", 1))
        .post("xapi/activities/state").then().statusCode(204);
    state(activity).queryParam("stateId", "progress").contentType(ContentType.JSON).body(Map.of("b", 2, "c", 3))
        .post("xapi/activities/state").then().statusCode(204);
    state(activity).queryParam("stateId", "progress").get("xapi/activities/state").then()
        .statusCode(200).body("a", equalTo(1)).body("b", equalTo(2)).body("c", equalTo(3));
    state(activity).queryParam("stateId", "progress").contentType("text/plain").body("x")
        .post("xapi/activities/state").then().statusCode(400);
    state(activity).queryParam("stateId", "text").contentType("text/plain").body("x").put("xapi/activities/state");
    state(activity).queryParam("stateId", "text").contentType(ContentType.JSON).body(Map.of("a", 1))
        .post("xapi/activities/state").then().statusCode(400);
  }

  @Test
  void profilesUseETagsForConcurrency_Communication_3_1() {
    String activity = "https://example.org/module/" + UUID.randomUUID();
    String first = profile(activity).header("If-None-Match", "*").contentType(ContentType.JSON)
        .body(Map.of("v", 1)).put("xapi/activities/profile").then().statusCode(204).extract().header("ETag");
    profile(activity).contentType(ContentType.JSON).body(Map.of("v", 2)).put("xapi/activities/profile").then()
        .statusCode(409);
    profile(activity).header("If-None-Match", "*").contentType(ContentType.JSON).body(Map.of("v", 2))
        .put("xapi/activities/profile").then().statusCode(412);
    profile(activity).header("If-Match", "\"0000000000000000000000000000000000000000\"").contentType(ContentType.JSON)
        .body(Map.of("v", 2)).put("xapi/activities/profile").then().statusCode(412);
    String second = profile(activity).header("If-Match", first).contentType(ContentType.JSON).body(Map.of("v", 2))
        .put("xapi/activities/profile").then().statusCode(204).extract().header("ETag");
    assertNotEquals(first, second);
    profile(activity).get("xapi/activities/profile").then().statusCode(200).header("ETag", equalTo(second))
        .body("v", equalTo(2));
    profile(activity).header("If-Match", first).delete("xapi/activities/profile").then().statusCode(412);
    profile(activity).header("If-Match", second).delete("xapi/activities/profile").then().statusCode(204);

    lrs().queryParam("agent", AGENT).queryParam("profileId", "prefs").contentType(ContentType.JSON)
        .body(Map.of("language", "nl")).put("xapi/agents/profile").then().statusCode(204);
    lrs().queryParam("agent", AGENT).queryParam("profileId", "prefs").get("xapi/agents/profile").then()
        .statusCode(200).body("language", equalTo("nl"));
    lrs().queryParam("agent", AGENT).get("xapi/agents/profile").then().body("$", equalTo(List.of("prefs")));
  }

  @Test
  void documentsNeedValidParametersAndStayInTheirOrganisation_Communication_2_3() {
    String activity = "https://example.org/module/" + UUID.randomUUID();
    lrs().queryParam("activityId", activity).queryParam("stateId", "s").contentType("text/plain").body("x")
        .put("xapi/activities/state").then().statusCode(400).body("errors[0].field", equalTo("agent"));
    lrs().queryParam("activityId", activity).queryParam("agent", "{\"name\":\"no id\"}").queryParam("stateId", "s")
        .contentType("text/plain").body("x").put("xapi/activities/state").then().statusCode(400);
    state(activity).queryParam("stateId", "s").queryParam("registration", "not-a-uuid").contentType("text/plain")
        .body("x").put("xapi/activities/state").then().statusCode(400);
    state(activity).queryParam("stateId", "s").queryParam("colour", "red").get("xapi/activities/state").then()
        .statusCode(400);
    state(activity).contentType("text/plain").body("x").put("xapi/activities/state").then()
        .statusCode(400).body("errors[0].field", equalTo("stateId"));

    state(activity).queryParam("stateId", "secret").contentType("text/plain").body("mine")
        .put("xapi/activities/state").then().statusCode(204);
    Map<String, String> other = credential(newOrganisationAdmin(), true, true);
    lrs(other.get("key"), other.get("secret")).queryParam("activityId", activity).queryParam("agent", AGENT)
        .queryParam("stateId", "secret").get("xapi/activities/state").then().statusCode(404);
  }

  @Test
  void activitiesAndAgentsDescribeWhatTheStatementsSay_Communication_2_5_and_2_6() {
    String activity = "https://example.org/described/" + UUID.randomUUID();
    lrs().queryParam("activityId", activity).get("xapi/activities").then()
        .statusCode(200).body("id", equalTo(activity));
    lrs().contentType(ContentType.JSON).body(statement(actor("lou"), EXPERIENCED, activity))
        .post("xapi/statements").then().statusCode(200);
    lrs().queryParam("activityId", activity).get("xapi/activities").then()
        .statusCode(200).body("definition.name.nl-NL", equalTo("Een activiteit"));
    lrs().queryParam("agent", AGENT).get("xapi/agents").then()
        .statusCode(200).body("objectType", equalTo("Person")).body("mbox[0]", equalTo("mailto:kim@example.org"));
    lrs().get("xapi/agents").then().statusCode(400);
  }

  RequestSpecification state(String activity) {
    return lrs().queryParam("activityId", activity).queryParam("agent", AGENT);
  }

  RequestSpecification profile(String activity) {
    return lrs().queryParam("activityId", activity).queryParam("profileId", "settings");
  }
}
