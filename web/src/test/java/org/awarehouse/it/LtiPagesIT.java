package org.awarehouse.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a launch leaves in the browser, over HTTP: state bound through platform storage when the
 * cookie is blocked, the page token and the course overview it opens, and names kept only by
 * choice. The same flows in a real browser are in {@link BrowserIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LtiPagesIT extends LtiItBase {
  static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  /** A login through platform storage: the state, and the secret the page puts into storage. */
  record StorageLogin(String state, String secret, Map<String, String> authRequest) {}

  StorageLogin startStorageLogin() {
    ExtractableResponse<Response> login = login(Map.of(
        "iss", platform.issuer, "login_hint", "user-42", "target_link_uri", TARGET,
        "lti_storage_target", "post_message_forwarding"), false);
    assertEquals(200, login.statusCode());
    String page = login.asString();
    String next = attribute(page, "data-next").replace("&amp;", "&");
    assertTrue(next.startsWith(platform.authUrl() + "?"), next);
    Map<String, String> auth = PlatformSimulator.query(next);
    assertEquals("awarehouse_state_" + auth.get("state"), attribute(page, "data-key"));
    assertEquals(platform.base(), attribute(page, "data-origin"), "postMessages go to the OIDC auth URL's origin");
    assertEquals("post_message_forwarding", attribute(page, "data-target"));
    assertTrue(page.contains("lti.put_data"));
    String csp = login.header("Content-Security-Policy");
    assertTrue(csp.contains("script-src 'nonce-") && !csp.matches(".*script-src[^;]*unsafe-inline.*"), csp);
    assertTrue(login.header("Set-Cookie").contains("awh_lti_state_"), "the cookie is still tried");
    return new StorageLogin(auth.get("state"), attribute(page, "data-value"), auth);
  }

  @Test
  void withoutTheCookieTheLaunchIsBoundThroughPlatformStorage() throws Exception {
    StorageLogin login = startStorageLogin();
    String token = platform.sign(platform.resourceLinkClaims(login.authRequest(), TARGET).build());

    String check = launch(token, login.state(), null).then()
        .statusCode(200)
        .body(containsString("lti.get_data"))
        .extract().asString();
    assertEquals("awarehouse_state_" + login.state(), attribute(check, "data-key"));
    assertEquals(token, hidden(check, "id_token"), "the page posts the same launch again");

    launchWithSecret(token, login.state(), login.secret()).then()
        .statusCode(200)
        .body(containsString("Herken het, meld het"));
    launchWithSecret(token, login.state(), login.secret()).then().statusCode(400).body(containsString("unknown-state"));
  }

  @Test
  void aWrongOrMissingStorageSecretIsRejected() throws Exception {
    StorageLogin wrong = startStorageLogin();
    String token = platform.sign(platform.resourceLinkClaims(wrong.authRequest(), TARGET).build());
    launchWithSecret(token, wrong.state(), "secret-of-another-login").then()
        .statusCode(400).body(containsString("storage-binding-mismatch")).body(containsString("Error id"));

    StorageLogin missing = startStorageLogin();
    String other = platform.sign(platform.resourceLinkClaims(missing.authRequest(), TARGET).build());
    launchWithSecret(other, missing.state(), "").then()
        .statusCode(400).body(containsString("missing-storage-binding"));

    rejected(Map.of("iss", platform.issuer, "login_hint", "u", "target_link_uri", TARGET,
        "lti_storage_target", "x".repeat(201)), "invalid-storage-target");
  }

  @Test
  void aStateCookieStillWorksWhenThePlatformOffersStorage() throws Exception {
    StorageLogin login = startStorageLogin();
    String token = platform.sign(platform.resourceLinkClaims(login.authRequest(), TARGET).build());
    launch(token, login.state(), login.state()).then()
        .statusCode(200).body(containsString("Herken het, meld het"));
  }

  @Test
  void thePageTokenOpensTheCourseOverviewForStaffOnly() throws Exception {
    String learnerPage = launchAs("learner-1", "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner");
    String learnerToken = meta(learnerPage, "awarehouse-page-token");
    assertTrue(!learnerPage.contains("/lti/console"), "learners get no way into the overview");
    console(learnerToken).then().statusCode(403).body(containsString("not-staff"));
    console(learnerToken.substring(0, learnerToken.length() - 3) + "abc").then()
        .statusCode(400).body(containsString("invalid-page-token"));
    console("").then().statusCode(400).body(containsString("missing-page-token"));

    launchAs("learner-2", "Learner");
    String instructorPage = launchAs("teacher-1", INSTRUCTOR);
    String instructorToken = hidden(instructorPage, "token");
    assertEquals(instructorToken, meta(instructorPage, "awarehouse-page-token"));
    console(instructorToken).then()
        .statusCode(200)
        .body(containsString("Cursusoverzicht: Security basics"))
        .body(containsString("Herken het, meld het"))
        .body(containsString("minder dan 5"))
        .body(not(containsString("learner-1")));

    for (String learner : List.of("learner-3", "learner-4", "learner-5", "learner-5")) {
      launchAs(learner, "Learner");
    }
    console(instructorToken).then()
        .statusCode(200)
        .body(containsString("<td>5</td>"))
        .body(not(containsString("minder dan")));
  }

  @Test
  void staffTryTheModuleInAPreviewThatIsNeitherRecordedNorGraded() throws Exception {
    String learnerPage = launchAs("learner-try", "Learner");
    assertTrue(!learnerPage.contains("/lti/launch/try"), "learners play the module itself");
    String learnerToken = meta(learnerPage, "awarehouse-page-token");
    tryOut(learnerToken).then().statusCode(403).body(containsString("not-staff"));
    tryOut(learnerToken.substring(0, learnerToken.length() - 3) + "abc").then()
        .statusCode(400).body(containsString("invalid-page-token"));
    tryOut("").then().statusCode(400).body(containsString("missing-page-token"));

    String instructorPage = launchAs("teacher-try", INSTRUCTOR);
    assertTrue(instructorPage.contains("action=\"/lti/launch/try\""), instructorPage);
    assertTrue(instructorPage.contains("Module uitproberen"), "the launch is in Dutch, and so is the page");
    String player = tryOut(meta(instructorPage, "awarehouse-page-token")).then()
        .statusCode(200)
        .body(containsString("id=\"adapter\""))
        .body(containsString("Herken het, meld het"))
        .body(containsString("Voorbeeld: wat je hier doet, wordt niet vastgelegd en telt niet mee voor een cijfer."))
        .extract().asString();
    assertTrue(attribute(player, "data-token").length() > 20, "the attempt's runtime token");
    assertTrue(tryOut(meta(instructorPage, "awarehouse-page-token")).then().statusCode(200).extract().asString()
        .contains("Voorbeeld"), "the page token opens the preview again");

    String lost = launchAs("teacher-lost", INSTRUCTOR, "no-such-module");
    assertTrue(!lost.contains("/lti/launch/try"), "a module that is not here cannot be tried");
    tryOut(meta(lost, "awarehouse-page-token")).then().statusCode(404).body(containsString("no-such-module"));
  }

  @Test
  void namesAreKeptOnlyWhileTheOrganisationChoosesTo() throws Exception {
    launchAs("named-1", "Learner");
    as(admin).get("api/organisations/current").then()
        .statusCode(200).body("keepLearnerNames", equalTo(false)).body("learnerNamesKept", equalTo(0));

    as(admin).contentType("application/merge-patch+json").body(Map.of("keepLearnerNames", true))
        .patch("api/organisations/current").then().statusCode(200).body("keepLearnerNames", equalTo(true));
    launchAs("named-1", "Learner");
    launchAs("named-2", "Learner");
    as(admin).get("api/organisations/current").then().body("learnerNamesKept", equalTo(2));

    as(admin).contentType(ContentType.JSON).body(Map.of("keepLearnerNames", false))
        .patch("api/organisations/current").then().statusCode(200)
        .body("keepLearnerNames", equalTo(false)).body("learnerNamesKept", equalTo(0));
    launchAs("named-3", "Learner");
    as(admin).get("api/organisations/current").then().body("learnerNamesKept", equalTo(0));

    as(admin).contentType(ContentType.JSON).body(Map.of())
        .patch("api/organisations/current").then().statusCode(400)
        .contentType("application/problem+json").body("errors.field", hasItem("keepLearnerNames"));
    String reporter = as(admin).contentType(ContentType.JSON)
        .body(Map.of("name", "reports", "roles", List.of("reporter")))
        .post("api/tokens").then().statusCode(201).extract().path("secret");
    as(reporter).contentType(ContentType.JSON).body(Map.of("keepLearnerNames", true))
        .patch("api/organisations/current").then().statusCode(403);
  }

  /** A resource-link launch of the spot-it-report-it module in course-7 as the given user and role. */
  String launchAs(String subject, String role) throws Exception {
    return launchAs(subject, role, "spot-it-report-it");
  }

  /** The same launch of another module of the catalogue, or of a slug that is not there. */
  String launchAs(String subject, String role, String module) throws Exception {
    Login login = startLogin();
    String token = platform.sign(platform.resourceLinkClaims(login.authRequest(), TARGET)
        .subject(subject)
        .claim(PlatformSimulator.LTI + "roles", List.of(role))
        .claim(PlatformSimulator.LTI + "custom", Map.of("module", module))
        .claim("name", "Name of " + subject)
        .claim("email", subject + "@example.org")
        .build());
    return launch(token, login.state(), login.state()).then().statusCode(200).extract().asString();
  }

  Response launchWithSecret(String idToken, String state, String secret) {
    return api().accept(BROWSER).formParam("id_token", idToken).formParam("state", state)
        .formParam("awh_storage_binding", secret).post("lti/launch");
  }

  Response console(String token) {
    return api().accept(BROWSER).formParam("token", token).post("lti/console");
  }

  Response tryOut(String token) {
    return api().accept(BROWSER).formParam("token", token).post("lti/launch/try");
  }

  static String attribute(String html, String name) {
    Matcher matcher = Pattern.compile(name + "=\"([^\"]*)\"").matcher(html);
    assertTrue(matcher.find(), "no attribute " + name);
    return matcher.group(1);
  }

  static String meta(String html, String name) {
    Matcher matcher = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]+)\"").matcher(html);
    assertTrue(matcher.find(), "no meta " + name);
    return matcher.group(1);
  }
}
