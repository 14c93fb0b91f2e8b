package org.awarehouse.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;

/** What LRS integration tests share: an organisation with an admin token and an LRS credential. */
abstract class XapiItBase {
  static final String VERSION = "X-Experience-API-Version";
  static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
  static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
  static final String EXPERIENCED = "http://adlnet.gov/expapi/verbs/experienced";

  @ArquillianResource URL base;
  String admin;
  String key;
  String secret;

  @BeforeEach
  void organisationWithCredential() {
    admin = newOrganisationAdmin();
    Map<String, String> credential = credential(admin, true, true);
    key = credential.get("key");
    secret = credential.get("secret");
  }

  static Map<String, Object> actor(String name) {
    return Map.of("objectType", "Agent", "name", name, "mbox", "mailto:" + name + "@example.org");
  }

  static Map<String, Object> statement(Object actor, String verb, String activity) {
    return Map.of("actor", actor, "verb", Map.of("id", verb, "display", Map.of("en-US", "did")),
        "object", Map.of("objectType", "Activity", "id", activity,
            "definition", Map.of("name", Map.of("en-US", "An activity", "nl-NL", "Een activiteit"))));
  }

  String newOrganisationAdmin() {
    String org = as(Deployments.operatorToken()).contentType(ContentType.JSON)
        .body(Map.of("slug", "lrs-" + UUID.randomUUID().toString().substring(0, 8), "name", "LRS org"))
        .post("api/organisations").then().statusCode(201).extract().path("id");
    return as(Deployments.operatorToken()).contentType(ContentType.JSON)
        .body(Map.of("name", "admin", "roles", List.of("admin")))
        .post("api/organisations/" + org + "/tokens").then().statusCode(201).extract().path("secret");
  }

  Map<String, String> credential(String adminToken, boolean read, boolean write) {
    var body = as(adminToken).contentType(ContentType.JSON).body(Map.of("name", "tool", "read", read, "write", write))
        .post("api/xapi-credentials").then().statusCode(201)
        .body("endpoint", equalTo("http://localhost:8180/xapi/"))
        .extract().jsonPath();
    return Map.of("key", body.getString("key"), "secret", body.getString("secret"));
  }

  RequestSpecification api() {
    return given().baseUri(base.toString());
  }

  RequestSpecification as(String token) {
    return api().header("Authorization", "Bearer " + token);
  }

  RequestSpecification lrs() {
    return lrs(key, secret);
  }

  RequestSpecification lrs(String k, String s) {
    return api().auth().preemptive().basic(k, s).header(VERSION, "1.0.3");
  }
}
