package org.awarehouse.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.awarehouse.content.control.importing.TestPackages;
import org.junit.jupiter.api.BeforeEach;

/**
 * What tests of played packages share, on top of an LTI platform: an LRS credential that reads
 * the organisation's statements, and test packages uploaded and published.
 */
abstract class PackageItBase extends LtiItBase {
  static final String VERBS = "http://adlnet.gov/expapi/verbs/";

  String lrsKey;
  String lrsSecret;

  @BeforeEach
  void lrsCredential() {
    JsonPath credential = as(admin).contentType(ContentType.JSON).body(Map.of("name", "reports", "read", true, "write", false))
        .post("api/xapi-credentials").then().statusCode(201).extract().jsonPath();
    lrsKey = credential.getString("key");
    lrsSecret = credential.getString("secret");
  }

  /** Uploads and publishes a test package; returns its id. */
  String published(String name) {
    String id = as(admin).contentType("application/zip").body(TestPackages.zip(name).toFile()).post("api/packages")
        .then().statusCode(201).extract().path("packageId");
    as(admin).post("api/packages/" + id + "/versions/1/publish").then().statusCode(200);
    return id;
  }

  /** The LRS, read with the organisation's credential. */
  RequestSpecification reader() {
    return given().baseUri(base.toString()).auth().preemptive().basic(lrsKey, lrsSecret)
        .header("X-Experience-API-Version", "2.0.0");
  }

  /** The verbs (without the ADL prefix) of the statements about a package and its units, oldest first. */
  List<String> verbsFor(String packageId) {
    return reader()
        .queryParam("activity", "http://localhost:8180/xapi/activities/packages/" + packageId)
        .queryParam("related_activities", true).queryParam("ascending", true).queryParam("limit", 100)
        .get("xapi/statements").then().statusCode(200).extract().jsonPath().getList("statements.verb.id", String.class)
        .stream().map(v -> v.replace(VERBS, "")).toList();
  }
}
