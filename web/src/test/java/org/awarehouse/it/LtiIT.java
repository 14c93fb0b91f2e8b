package org.awarehouse.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** LTI 1.3 over HTTP against the provisioned server, with a simulated platform. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LtiIT extends LtiItBase {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }
  @Test
  void platformRegistrationsAreValidatedUniqueAndScopedToTheOrganisation() {
    as(admin).contentType(ContentType.JSON).body(platform.registration()).post("api/platforms").then()
        .statusCode(409).contentType("application/problem+json");
    Map<String, Object> insecure = new java.util.HashMap<>(platform.registration());
    insecure.put("clientId", "other");
    insecure.put("authUrl", "http://lms.example.org/auth");
    as(admin).contentType(ContentType.JSON).body(insecure).post("api/platforms").then()
        .statusCode(400).body("errors.field", hasItem("authUrl"));

    String otherAdmin = as(operatorToken()).contentType(ContentType.JSON)
        .body(Map.of("name", "other", "roles", List.of("admin")))
        .post("api/tokens").then().statusCode(201).extract().path("secret");
    as(otherAdmin).get("api/platforms/" + platformId).then().statusCode(404);
    as(otherAdmin).get("api/platforms").then().body("id", not(hasItem(platformId)));
    as(admin).get("api/platforms").then().body("id", equalTo(List.of(platformId)));
  }

  @Test
  void jwksPublishesPublicKeysOnlyAndRotationKeepsTheOldKey() {
    List<String> before = api().get("lti/jwks").then()
        .statusCode(200)
        .body("keys", hasSize(org.hamcrest.Matchers.greaterThanOrEqualTo(2)))
        .body("keys.kty", everyItem(equalTo("RSA")))
        .body("keys.alg", everyItem(equalTo("RS256")))
        .body("keys.use", everyItem(equalTo("sig")))
        .body("keys", everyItem(not(hasKey("d"))))
        .extract().path("keys.kid");
    String current = operator().post("api/tool-keys/rotate").then().statusCode(200).extract().path("currentKid");
    List<String> after = api().get("lti/jwks").then().statusCode(200).extract().path("keys.kid");
    assertTrue(before.contains(current), "the new current key was published before it signs");
    assertTrue(after.containsAll(before), "the retired key stays published during the overlap");
    assertEquals(before.size() + 1, after.size());
    as(admin).post("api/tool-keys/rotate").then().statusCode(403);
  }

  @Test
  void loginRedirectsToThePlatformWithEveryRequiredParameter() {
    ExtractableResponse<Response> login = login(Map.of(
        "iss", platform.issuer, "login_hint", "user-42", "target_link_uri", TARGET,
        "lti_message_hint", "hint-1", "client_id", platform.clientId, "lti_deployment_id", platform.deploymentId), false);
    assertEquals(302, login.statusCode());
    String location = login.header("Location");
    assertTrue(location.startsWith(platform.authUrl() + "?"), location);
    Map<String, String> q = PlatformSimulator.query(location);
    assertEquals("openid", q.get("scope"));
    assertEquals("id_token", q.get("response_type"));
    assertEquals("form_post", q.get("response_mode"));
    assertEquals("none", q.get("prompt"));
    assertEquals(platform.clientId, q.get("client_id"));
    assertEquals(TARGET, q.get("redirect_uri"));
    assertEquals("user-42", q.get("login_hint"));
    assertEquals("hint-1", q.get("lti_message_hint"));
    assertTrue(q.get("state").length() >= 43 && q.get("nonce").length() >= 43);
    String cookie = login.header("Set-Cookie");
    assertTrue(cookie.contains("awh_lti_state_" + q.get("state").substring(0, 16) + "=" + q.get("state")), cookie);
    assertTrue(cookie.contains("SameSite=None") && cookie.contains("Secure") && cookie.contains("HttpOnly"), cookie);

    Map<String, String> second = PlatformSimulator.query(login(Map.of(
        "iss", platform.issuer, "login_hint", "user-42", "target_link_uri", TARGET), true).header("Location"));
    assertNotEquals(q.get("state"), second.get("state"));
    assertNotEquals(q.get("nonce"), second.get("nonce"));
  }

  @Test
  void badLoginsGetAReadablePageNamingTheRule() {
    rejected(Map.of("iss", platform.issuer, "login_hint", "u", "target_link_uri", "https://evil.example/steal"),
        "foreign-target-link-uri");
    rejected(Map.of("iss", platform.issuer, "login_hint", "u", "target_link_uri", "http://localhost:8180.evil.example/x"),
        "foreign-target-link-uri");
    rejected(Map.of("iss", "https://unknown.example", "login_hint", "u", "target_link_uri", TARGET), "unknown-platform");
    rejected(Map.of("iss", platform.issuer, "target_link_uri", TARGET), "missing-login-hint");
    rejected(Map.of("login_hint", "u", "target_link_uri", TARGET), "missing-iss");
    rejected(Map.of("iss", platform.issuer, "login_hint", "u"), "missing-target-link-uri");
    rejected(Map.of("iss", platform.issuer, "login_hint", "u", "target_link_uri", TARGET, "lti_deployment_id", "nope"),
        "unknown-deployment");
    rejected(Map.of("iss", platform.issuer, "login_hint", "u", "target_link_uri", TARGET, "client_id", "wrong"),
        "unknown-platform");
  }

  @Test
  void aDeactivatedPlatformCannotLogIn() {
    as(admin).delete("api/platforms/" + platformId).then().statusCode(204);
    as(admin).get("api/platforms/" + platformId).then().statusCode(200).body("active", equalTo(false));
    rejected(Map.of("iss", platform.issuer, "login_hint", "u", "target_link_uri", TARGET), "unknown-platform");
  }

  @Test
  void aLearnerLaunchesIntoTheModulePlayerInTheirLanguage() throws Exception {
    Login login = startLogin();
    String token = platform.sign(platform.resourceLinkClaims(login.authRequest(), TARGET).build());
    launch(token, login.state(), login.state()).then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .header("Set-Cookie", containsString("Max-Age=0"))
        .body(containsString("<html lang=\"nl\">"))
        .body(containsString("<h1>Herken het, meld het</h1>"))
        .body(containsString("id=\"adapter\""));
  }

  @Test
  void aStateIsSpentByItsFirstLaunch() throws Exception {
    Login login = startLogin();
    String token = platform.sign(platform.resourceLinkClaims(login.authRequest(), TARGET).build());
    launch(token, login.state(), login.state()).then().statusCode(200);
    launchRejected(token, login.state(), login.state(), "unknown-state");
  }

  @Test
  void aReplayedTokenIsRejectedEvenWithAFreshState() throws Exception {
    Login first = startLogin();
    String token = platform.sign(platform.resourceLinkClaims(first.authRequest(), TARGET).build());
    launch(token, first.state(), first.state()).then().statusCode(200);
    Login second = startLogin();
    launchRejected(token, second.state(), second.state(), "nonce");
  }

  @Test
  void theStateMustBeBoundToThisBrowser() throws Exception {
    Login login = startLogin();
    String token = platform.sign(platform.resourceLinkClaims(login.authRequest(), TARGET).build());
    launchRejected(token, login.state(), null, "missing-state-cookie");
    Login other = startLogin();
    String otherToken = platform.sign(platform.resourceLinkClaims(other.authRequest(), TARGET).build());
    launchRejected(otherToken, other.state(), login.state(), "state-cookie-mismatch");
  }

  @Test
  void aForgedOrForeignTokenCreatesNoLaunch() throws Exception {
    Login login = startLogin();
    var claims = platform.resourceLinkClaims(login.authRequest(), TARGET).audience("someone-else").build();
    launchRejected(platform.sign(claims), login.state(), login.state(), "audience");
    launchRejected("not.a.jwt", startLogin().state(), null, "missing-state-cookie");
    Login forged = startLogin();
    launchRejected("not.a.jwt", forged.state(), forged.state(), "malformed");
  }

  @Test
  void launchesContinueWhenThePlatformRotatesItsKey() throws Exception {
    Login before = startLogin();
    launch(platform.sign(platform.resourceLinkClaims(before.authRequest(), TARGET).build()), before.state(), before.state())
        .then().statusCode(200);
    platform.rotateKey();
    Thread.sleep(10_500); // the tool refetches an unknown kid at most every 10 s per platform
    Login after = startLogin();
    launch(platform.sign(platform.resourceLinkClaims(after.authRequest(), TARGET).build()), after.state(), after.state())
        .then().statusCode(200);
  }

  /**
   * More simultaneous launches than the connection pool has connections (30): a launch once held
   * one connection while waiting for a second, and such a burst starved the pool until requests
   * failed.
   */
  @Test
  void aBurstOfLaunchesLargerThanTheConnectionPoolSucceeds() throws Exception {
    int launches = 60;
    List<Login> logins = new java.util.ArrayList<>();
    List<String> tokens = new java.util.ArrayList<>();
    for (int i = 0; i < launches; i++) {
      Login login = startLogin();
      logins.add(login);
      tokens.add(platform.sign(platform.resourceLinkClaims(login.authRequest(), TARGET).subject("burst-" + i).build()));
    }
    var pool = java.util.concurrent.Executors.newFixedThreadPool(launches);
    try {
      var start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
      for (int i = 0; i < launches; i++) {
        int n = i;
        statuses.add(pool.submit(() -> {
          start.await();
          return launch(tokens.get(n), logins.get(n).state(), logins.get(n).state()).statusCode();
        }));
      }
      start.countDown();
      for (var status : statuses) {
        assertEquals(200, status.get(60, java.util.concurrent.TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void launchesContinueWhileTheToolRotatesItsOwnKeys() throws Exception {
    for (int i = 0; i < 3; i++) {
      operator().post("api/tool-keys/rotate").then().statusCode(200);
      Login login = startLogin();
      launch(platform.sign(platform.resourceLinkClaims(login.authRequest(), TARGET).build()), login.state(), login.state())
          .then().statusCode(200);
    }
  }

  @Test
  void anInstructorPicksModulesAndThePlatformGetsASignedDeepLinkingResponse() throws Exception {
    Login login = startLogin();
    String request = platform.sign(platform.deepLinkingClaims(login.authRequest(), List.of("ltiResourceLink"), true).build());
    String picker = launch(request, login.state(), login.state()).then()
        .statusCode(200)
        .body(containsString("type=\"checkbox\" name=\"module\" value=\"spot-it-report-it\""))
        .body(containsString("type=\"checkbox\" name=\"module\" value=\"invoice-fraud\""))
        .body(containsString("6 min"))
        .extract().asString();
    String selection = hidden(picker, "selection");

    String answer = api().accept(BROWSER).formParam("selection", selection)
        .formParam("module", "spot-it-report-it").formParam("module", "invoice-fraud")
        .post("lti/deep-link").then().statusCode(200)
        .body(containsString("action=\"" + platform.base() + "/deep-link-return\""))
        .extract().asString();
    com.nimbusds.jwt.SignedJWT jwt = com.nimbusds.jwt.SignedJWT.parse(hidden(answer, "JWT"));
    com.nimbusds.jose.jwk.JWKSet ours = com.nimbusds.jose.jwk.JWKSet.parse(api().get("lti/jwks").asString());
    assertTrue(jwt.verify(new com.nimbusds.jose.crypto.RSASSAVerifier(
        ours.getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey())), "signed with a published tool key");
    var claims = jwt.getJWTClaimsSet();
    assertEquals(platform.clientId, claims.getIssuer());
    assertEquals(List.of(platform.issuer), claims.getAudience());
    assertEquals("LtiDeepLinkingResponse", claims.getStringClaim(PlatformSimulator.LTI + "message_type"));
    assertEquals("1.3.0", claims.getStringClaim(PlatformSimulator.LTI + "version"));
    assertEquals(platform.deploymentId, claims.getStringClaim(PlatformSimulator.LTI + "deployment_id"));
    assertEquals("opaque-123", claims.getStringClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data"));
    List<Object> items = claims.getListClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
    assertEquals(2, items.size());
    assertEquals("invoice-fraud", ((Map<?, ?>) ((Map<?, ?>) items.get(1)).get("custom")).get("module"));
    @SuppressWarnings("unchecked")
    Map<String, Object> item = (Map<String, Object>) items.get(0);
    assertEquals("ltiResourceLink", item.get("type"));
    assertEquals(TARGET, item.get("url"));
    assertEquals("spot-it-report-it", ((Map<?, ?>) item.get("custom")).get("module"));
    assertEquals(100L, ((Number) ((Map<?, ?>) item.get("lineItem")).get("scoreMaximum")).longValue());
  }

  @Test
  void aTamperedOrMisusedSelectionIsRejected() throws Exception {
    Login login = startLogin();
    String request = platform.sign(platform.deepLinkingClaims(login.authRequest(), List.of("ltiResourceLink"), false).build());
    String selection = hidden(launch(request, login.state(), login.state()).then()
        .statusCode(200).body(containsString("type=\"radio\"")).extract().asString(), "selection");
    String tampered = selection.substring(0, selection.length() - 4) + (selection.endsWith("AAAA") ? "BBBB" : "AAAA");
    deepLinkRejected(tampered, List.of("spot-it-report-it"), "invalid-page-token");
    deepLinkRejected(selection, List.of(), "nothing-selected");
    deepLinkRejected(selection, List.of("spot-it-report-it", "invoice-fraud"), "one-item-only");
    deepLinkRejected(selection, List.of("no-such-module"), "unknown-module");
    deepLinkRejected(login.state(), List.of("spot-it-report-it"), "invalid-page-token");

    Login linksOnly = startLogin();
    String wrongTypes = platform.sign(platform.deepLinkingClaims(linksOnly.authRequest(), List.of("link"), true).build());
    launchRejected(wrongTypes, linksOnly.state(), linksOnly.state(), "no-acceptable-type");
  }

  void deepLinkRejected(String selection, List<String> modules, String rule) {
    RequestSpecification request = api().accept(BROWSER).formParam("selection", selection);
    modules.forEach(m -> request.formParam("module", m));
    request.post("lti/deep-link").then().statusCode(400).body(containsString(rule));
  }

  @Test
  void canvasCanReadTheToolConfigurationAsJson() {
    api().get("lti/canvas.json").then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("oidc_initiation_url", equalTo("http://localhost:8180/lti/login"))
        .body("target_link_uri", equalTo(TARGET))
        .body("public_jwk_url", equalTo("http://localhost:8180/lti/jwks"))
        .body("extensions[0].privacy_level", equalTo("anonymous"))
        .body("extensions[0].settings.placements.message_type", everyItem(equalTo("LtiDeepLinkingRequest")));
  }

  @Test
  void dynamicRegistrationRegistersThePlatformAndClosesTheWindow() throws Exception {
    String url = as(admin).post("api/platforms/registration-url").then().statusCode(200)
        .body("url", containsString("/lti/register?key=")).extract().path("url");
    String path = url.substring(url.indexOf("/lti/register"));
    try (RegisteringPlatform lms = new RegisteringPlatform()) {
      api().accept(BROWSER).urlEncodingEnabled(true).queryParam("openid_configuration", lms.configurationUrl())
          .queryParam("registration_token", RegisteringPlatform.TOKEN)
          .get(path).then()
          .statusCode(200)
          .body(containsString("org.imsglobal.lti.close"));
      assertEquals("Bearer " + RegisteringPlatform.TOKEN, lms.lastConfigurationBearer);
      var registration = io.restassured.path.json.JsonPath.from(lms.lastRegistration);
      assertEquals("http://localhost:8180/lti/login", registration.getString("initiate_login_uri"));
      assertEquals(List.of(TARGET), registration.getList("redirect_uris"));
      assertEquals("http://localhost:8180/lti/jwks", registration.getString("jwks_uri"));
      assertEquals("private_key_jwt", registration.getString("token_endpoint_auth_method"));
      assertTrue(registration.getString("scope").contains("https://purl.imsglobal.org/spec/lti-ags/scope/score"));
      assertTrue(registration.getString("scope").contains("contextmembership.readonly"));
      assertEquals("LtiDeepLinkingRequest", registration.getString(
          "'https://purl.imsglobal.org/spec/lti-tool-configuration'.messages[0].type"));

      as(admin).get("api/platforms").then()
          .body("find { it.issuer == '" + lms.issuer + "' }.deploymentIds", equalTo(List.of("dep-9")))
          .body("find { it.issuer == '" + lms.issuer + "' }.clientId", startsWith("dyn-client-"))
          .body("find { it.issuer == '" + lms.issuer + "' }.jwksUrl", equalTo(lms.base() + "/jwks"));
    }
  }

  @Test
  void dynamicRegistrationRefusesForeignIssuersBadKeysAndMissingTokens() throws Exception {
    String url = as(admin).post("api/platforms/registration-url").then().statusCode(200).extract().path("url");
    String path = url.substring(url.indexOf("/lti/register"));
    try (RegisteringPlatform lms = new RegisteringPlatform()) {
      lms.issuer = "https://evil.example";
      registrationRejected(path, lms.configurationUrl(), RegisteringPlatform.TOKEN, "issuer-mismatch");
      lms.issuer = lms.base();
      registrationRejected(path, lms.configurationUrl(), "wrong-token", "registration-refused");
      registrationRejected(path, "http://lms.example.org/openid", RegisteringPlatform.TOKEN, "bad-openid-configuration-url");
      registrationRejected("/lti/register?key=forged", lms.configurationUrl(), RegisteringPlatform.TOKEN, "bad-key");
      registrationRejected("/lti/register", lms.configurationUrl(), RegisteringPlatform.TOKEN, "missing-key");
      as(admin).get("api/platforms").then().body("issuer", not(hasItem(lms.issuer)));
    }
  }

  void registrationRejected(String path, String configuration, String token, String rule) {
    api().accept(BROWSER).queryParam("openid_configuration", configuration).queryParam("registration_token", token)
        .get(path).then().statusCode(400).body(containsString(rule));
  }

}
