package org.awarehouse.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What LTI integration tests share: a fresh organisation with an admin token and a registered,
 * simulated platform for every test, and the HTTP steps of login and launch.
 */
abstract class LtiItBase {
  static final String TARGET = "http://localhost:8180/lti/launch";
  static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  @ArquillianResource URL base;
  PlatformSimulator platform;
  String admin;
  String platformId;

  @BeforeEach
  void registerPlatform() throws Exception {
    platform = new PlatformSimulator();
    String org = operator().contentType(ContentType.JSON)
        .body(Map.of("slug", "lti-" + UUID.randomUUID().toString().substring(0, 8), "name", "LTI org"))
        .post("api/organisations").then().statusCode(201).extract().path("id");
    admin = operator().contentType(ContentType.JSON).body(Map.of("name", "lms admin", "roles", List.of("admin")))
        .post("api/organisations/" + org + "/tokens").then().statusCode(201).extract().path("secret");
    platformId = as(admin).contentType(ContentType.JSON).body(platform.registration())
        .post("api/platforms").then()
        .statusCode(201)
        .body("tool.loginUrl", equalTo("http://localhost:8180/lti/login"))
        .body("tool.redirectUrl", equalTo(TARGET))
        .body("tool.jwksUrl", equalTo("http://localhost:8180/lti/jwks"))
        .body("deploymentIds", equalTo(List.of(platform.deploymentId)))
        .extract().path("id");
  }

  @AfterEach
  void stopPlatform() {
    platform.close();
  }

  static String hidden(String html, String name) {
    var matcher = java.util.regex.Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
    assertTrue(matcher.find(), "no hidden field " + name);
    return matcher.group(1);
  }

  record Login(String state, Map<String, String> authRequest) {}

  Login startLogin() {
    Map<String, String> auth = PlatformSimulator.query(login(Map.of(
        "iss", platform.issuer, "login_hint", "user-42", "target_link_uri", TARGET,
        "client_id", platform.clientId), false).header("Location"));
    return new Login(auth.get("state"), auth);
  }

  Response launch(String idToken, String state, String cookie) {
    RequestSpecification request = api().accept(BROWSER).formParam("id_token", idToken).formParam("state", state);
    if (cookie != null) {
      request.cookie("awh_lti_state_" + state.substring(0, 16), cookie);
    }
    return request.post("lti/launch");
  }

  void launchRejected(String idToken, String state, String cookie, String ruleFragment) {
    launch(idToken, state, cookie).then()
        .statusCode(org.hamcrest.Matchers.oneOf(400, 401))
        .contentType(containsString("text/html"))
        .body(containsString(ruleFragment))
        .body(containsString("Error id"))
        .body(not(containsString(idToken.length() > 20 ? idToken.substring(0, 20) : "\u0000")));
  }

  void rejected(Map<String, String> params, String rule) {
    api().redirects().follow(false).accept(BROWSER).queryParams(params).get("lti/login").then()
        .statusCode(400)
        .contentType(containsString("text/html"))
        .body(containsString(rule))
        .body(containsString("Error id"));
    api().redirects().follow(false).queryParams(params).get("lti/login").then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:awarehouse:problem:lti-login-rejected"))
        .body("title", containsString(rule));
  }

  ExtractableResponse<Response> login(Map<String, String> params, boolean post) {
    RequestSpecification request = api().redirects().follow(false);
    return (post ? request.formParams(params).post("lti/login") : request.queryParams(params).get("lti/login")).then()
        .extract();
  }

  /**
   * Reloads the server (WildFly's reload: the deployment stops and starts again) and waits until
   * the application answers again. The management connection may close under the reload before
   * its answer arrives; the reload goes on all the same.
   */
  void reloadServer(org.jboss.as.arquillian.container.ManagementClient management) throws Exception {
    org.jboss.dmr.ModelNode reload = new org.jboss.dmr.ModelNode();
    reload.get("operation").set("reload");
    reload.get("address").setEmptyList();
    try {
      management.getControllerClient().execute(reload);
    } catch (java.io.IOException e) {
      // cancelled or cut off by the reload itself
    }
    Thread.sleep(1000);
    eventually("the server back", java.time.Duration.ofSeconds(90), () -> {
      try {
        return given().baseUri(Deployments.MANAGEMENT).get("health/ready").statusCode() == 200
            && api().get("xapi/about").statusCode() == 200;
      } catch (RuntimeException e) {
        return false;
      }
    });
  }

  /** Waits up to 30 s for something a background worker does. */
  static void eventually(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
    eventually(what, java.time.Duration.ofSeconds(30), condition);
  }

  static void eventually(String what, java.time.Duration patience, java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "waited " + patience.toSeconds() + " s for " + what);
      Thread.sleep(200);
    }
  }

  RequestSpecification api() {
    return given().baseUri(base.toString());
  }

  RequestSpecification as(String token) {
    return api().header("Authorization", "Bearer " + token);
  }

  RequestSpecification operator() {
    return as(operatorToken());
  }

  static String operatorToken() {
    return Deployments.operatorToken();
  }
}
