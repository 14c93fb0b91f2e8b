package org.awarehouse.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Black-box HTTP tests of the API against the real WAR in WildFly on a real MariaDB. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {
  private static final String PROBLEM = "application/problem+json";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private RequestSpecification api() {
    return given().baseUri(base.toString());
  }

  private RequestSpecification as(String token) {
    return api().header("Authorization", "Bearer " + token);
  }

  @Test
  void theCatalogueListsTheBuiltInModules() {
    as(Deployments.operatorToken()).get("api/catalogue").then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("modules.id", hasItem("spot-it-report-it"))
        .body("modules.id", hasItem("invoice-fraud"))
        .body("modules.find { it.id == 'invoice-fraud' }.audience", hasItem("finance"))
        .body("modules.find { it.id == 'spot-it-report-it' }.title.nl", equalTo("Herken het, meld het"))
        .body("modules.find { it.id == 'spot-it-report-it' }.durationMinutes", equalTo(6))
        .body("modules.find { it.id == 'spot-it-report-it' }.audience", hasItem("everyone"))
        .body("modules.find { it.id == 'spot-it-report-it' }.version", equalTo("1.0.0"));
  }

  @Test
  void withoutATokenTheAnswerIs401ProblemWithABearerChallenge() {
    api().get("api/catalogue").then()
        .statusCode(401)
        .contentType(PROBLEM)
        .header("WWW-Authenticate", startsWith("Bearer"))
        .body("type", equalTo("urn:awarehouse:problem:authentication-required"))
        .body("status", equalTo(401))
        .body("errorId", notNullValue());
  }

  @Test
  void aForgedTokenIsRejected() {
    as("awh_" + "A".repeat(43)).get("api/catalogue").then()
        .statusCode(401)
        .contentType(PROBLEM)
        .header("WWW-Authenticate", containsString("invalid_token"));
    api().header("Authorization", "Basic b3BlcmF0b3I6cGFzc3dvcmQ=").get("api/catalogue").then().statusCode(401);
  }

  @Test
  void anUnknownApiRouteIs404Problem() {
    as(Deployments.operatorToken()).get("api/no-such-thing").then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("instance", equalTo("/api/no-such-thing"))
        .body("detail", containsString("/openapi"));
  }

  @Test
  void anUnknownPathIsProblemJsonOrAReadablePageForBrowsers() {
    as(Deployments.operatorToken()).get("no/such/page").then()
        .statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
    as(Deployments.operatorToken()).accept("text/html,application/xhtml+xml,*/*;q=0.8").get("api/no-such-page").then()
        .statusCode(404)
        .contentType(containsString("text/html"))
        .body(containsString("<h1>Not Found</h1>"))
        .body(containsString("Error id"));
  }

  @Test
  void pathTricksDoNotBypassTheToken() {
    for (String path : List.of("api;x=1/catalogue", "api/%63atalogue", "lti/../api/catalogue", "LTI/../api/catalogue")) {
      api().get(path).then()
          .statusCode(org.hamcrest.Matchers.oneOf(401, 404))
          .body(not(containsString("modules")));
    }
    api().urlEncodingEnabled(false).get("//api/catalogue").then()
        .statusCode(org.hamcrest.Matchers.oneOf(401, 404))
        .body(not(containsString("modules")));
  }

  @Test
  void malformedJsonIs400WithAnActionableDetail() {
    as(Deployments.operatorToken()).contentType(ContentType.JSON).body("{\"slug\": \"x1\", \"name\": }")
        .post("api/organisations").then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:awarehouse:problem:malformed-json"))
        .body("detail", containsString("line 1, column"));
  }

  @Test
  void invalidFieldsAre400WithFieldErrors() {
    as(Deployments.operatorToken()).contentType(ContentType.JSON).body(Map.of("slug", "Not A Slug", "name", ""))
        .post("api/organisations").then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:awarehouse:problem:validation"))
        .body("errors.field", hasItem("slug"))
        .body("errors.field", hasItem("name"));
    as(Deployments.operatorToken()).contentType(ContentType.JSON).body("")
        .post("api/organisations").then().statusCode(400).contentType(PROBLEM);
  }

  @Test
  void aWrongContentTypeOrMethodIsAProblemToo() {
    as(Deployments.operatorToken()).contentType(ContentType.XML).body("<organisation/>")
        .post("api/organisations").then().statusCode(415).contentType(PROBLEM);
    as(Deployments.operatorToken()).delete("api/catalogue").then()
        .statusCode(405).contentType(PROBLEM).header("Allow", containsString("GET"));
  }

  @Test
  void aDuplicateSlugIsAConflict() {
    String slug = "dup-" + shortId();
    createOrganisation(slug);
    as(Deployments.operatorToken()).contentType(ContentType.JSON).body(Map.of("slug", slug, "name", "Again"))
        .post("api/organisations").then().statusCode(409).contentType(PROBLEM);
  }

  @Test
  void organisationAsTokenCannotReadOrTouchOrganisationBsData() {
    String orgA = createOrganisation("a-" + shortId());
    String orgB = createOrganisation("b-" + shortId());
    String adminA = issueAdminToken(orgA);
    String adminB = issueAdminToken(orgB);
    String bTokenId = as(adminB).get("api/tokens").then().statusCode(200).extract().path("[0].id");

    as(adminA).get("api/tokens").then()
        .statusCode(200)
        .body("organisationId", everyItem(equalTo(orgA)))
        .body("id", not(hasItem(bTokenId)));
    as(adminA).get("api/organisations/current").then().statusCode(200).body("id", equalTo(orgA));
    as(adminA).delete("api/tokens/" + bTokenId).then().statusCode(404).contentType(PROBLEM);
    as(adminA).get("api/organisations/" + orgB).then().statusCode(403).contentType(PROBLEM);
    as(adminA).get("api/organisations").then().statusCode(403);
    as(adminA).contentType(ContentType.JSON).body(Map.of("name", "sneaky", "roles", List.of("admin")))
        .post("api/organisations/" + orgB + "/tokens").then().statusCode(403);

    as(adminB).get("api/organisations/current").then().statusCode(200).body("id", equalTo(orgB));
  }

  @Test
  void rolesLimitWhatATokenMayDo() {
    String org = createOrganisation("roles-" + shortId());
    String admin = issueAdminToken(org);
    String reporter = as(admin).contentType(ContentType.JSON).body(Map.of("name", "reports", "roles", List.of("reporter")))
        .post("api/tokens").then().statusCode(201).body("roles", equalTo(List.of("reporter")))
        .extract().path("secret");

    as(reporter).get("api/catalogue").then().statusCode(200);
    as(reporter).get("api/tokens").then().statusCode(403).contentType(PROBLEM);
    as(admin).contentType(ContentType.JSON).body(Map.of("name", "escalate", "roles", List.of("operator")))
        .post("api/tokens").then().statusCode(400).body("errors[0].field", equalTo("roles"));
    as(admin).contentType(ContentType.JSON).body(Map.of("name", "typo", "roles", List.of("admn")))
        .post("api/tokens").then().statusCode(400).body("errors[0].message", containsString("unknown role"));
  }

  @Test
  void aRevokedTokenStopsWorkingAndItsSecretIsNeverShownAgain() {
    String org = createOrganisation("revoke-" + shortId());
    String admin = issueAdminToken(org);
    var issued = as(admin).contentType(ContentType.JSON).body(Map.of("name", "ci upload", "roles", List.of("author")))
        .post("api/tokens").then().statusCode(201).header("Location", containsString("/api/tokens/")).extract();
    String id = issued.path("id");
    String secret = issued.path("secret");

    as(secret).get("api/catalogue").then().statusCode(200);
    as(admin).get("api/tokens").then().body("find { it.id == '" + id + "' }.secret", equalTo(null));
    as(admin).delete("api/tokens/" + id).then().statusCode(204);
    as(secret).get("api/catalogue").then().statusCode(401);
    as(admin).get("api/tokens").then().body("id", not(hasItem(id)));
  }

  @Test
  void readinessOnTheManagementPortChecksDatabaseAndContentStore() {
    given().baseUri(Deployments.MANAGEMENT).get("health/ready").then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.find { it.name == 'database' }.status", equalTo("UP"))
        .body("checks.find { it.name == 'database' }.data.schemaVersion", org.hamcrest.Matchers.matchesPattern("\\d+"))
        .body("checks.find { it.name == 'content-store' }.status", equalTo("UP"));
    given().baseUri(Deployments.MANAGEMENT).get("health/live").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void metricsAndOpenApiArePublished() {
    given().baseUri(Deployments.MANAGEMENT).get("metrics").then()
        .statusCode(200)
        .body(containsString("# TYPE base_memory_usedHeap_bytes gauge"));
    api().get("openapi").then().statusCode(200).body(containsString("/api/catalogue"));
  }

  private String createOrganisation(String slug) {
    return as(Deployments.operatorToken()).contentType(ContentType.JSON).body(Map.of("slug", slug, "name", "Org " + slug))
        .post("api/organisations").then()
        .statusCode(201)
        .header("Location", containsString("/api/organisations/"))
        .extract().path("id");
  }

  private String issueAdminToken(String organisationId) {
    return as(Deployments.operatorToken()).contentType(ContentType.JSON)
        .body(Map.of("name", "first admin", "roles", List.of("admin")))
        .post("api/organisations/" + organisationId + "/tokens").then()
        .statusCode(201)
        .body("secret", startsWith("awh_"))
        .body("roles", hasSize(1))
        .extract().path("secret");
  }

  private static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
