package org.awarehouse.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awarehouse.content.control.importing.TestPackages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Completion back to the gradebook (LTI AGS 2.0): a learner's completion in the player becomes a
 * score at the platform, signed in with the tool's client assertion; a platform that is down gets
 * it later, one that refuses gets it parked until an admin retries.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GradesIT extends LtiItBase {
  static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
  static final List<String> SCOPES = List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
      "https://purl.imsglobal.org/spec/lti-ags/scope/score");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource ManagementClient management;
  GradebookSimulator gradebook;
  String pkg;

  @BeforeEach
  void gradebookAndPackage() {
    gradebook = new GradebookSimulator(platform, "http://localhost:8180/lti/jwks");
    pkg = as(admin).contentType("application/zip").body(TestPackages.zip(TestPackages.SCORM12_SINGLE).toFile())
        .post("api/packages").then().statusCode(201).extract().path("packageId");
    as(admin).post("api/packages/" + pkg + "/versions/1/publish").then().statusCode(200);
  }

  /** A learner launch offering AGS, with the launch's own line item when {@code lineItem} is not null. */
  String launchWithGrades(String user, String lineItem) throws Exception {
    return launchWithGrades(user, lineItem, Map.of("module", "package:" + pkg));
  }

  String launchWithGrades(String user, String lineItem, Map<String, String> custom) throws Exception {
    Map<String, Object> endpoint = new HashMap<>();
    endpoint.put("scope", SCOPES);
    endpoint.put("lineitems", gradebook.lineItems());
    if (lineItem != null) {
      endpoint.put("lineitem", lineItem);
    }
    Login login = startLogin();
    String idToken = platform.sign(platform.resourceLinkClaims(login.authRequest(), TARGET).subject(user)
        .claim(PlatformSimulator.LTI + "custom", custom)
        .claim(AGS, endpoint).build());
    String html = launch(idToken, login.state(), login.state()).then().statusCode(200).extract().asString();
    Matcher token = Pattern.compile("data-token=\"([^\"]+)\"").matcher(html);
    assertTrue(token.find());
    return token.group(1);
  }

  /** The learner passes the SCORM 1.2 package with 90. */
  void pass(String token) {
    var content = given().baseUri("http://127.0.0.1:8180/").header("Authorization", "Bearer " + token)
        .contentType(ContentType.JSON);
    String unit = content.body(Map.of()).post("runtime/sessions").then().statusCode(200).extract().path("unitId");
    given().baseUri("http://127.0.0.1:8180/").header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
        .body(Map.of("unit", unit, "session", 1, "sequence", 1, "terminated", true,
            "data", Map.of("cmi.core.lesson_status", "passed", "cmi.core.score.raw", "90")))
        .post("runtime/commits").then().statusCode(200);
  }

  JsonPath status() {
    return as(admin).get("api/platforms/" + platformId + "/grades").then().statusCode(200).extract().jsonPath();
  }

  @Test
  void aCompletionReachesTheGradebookOnAMoodleStyleLineItem() throws Exception {
    pass(launchWithGrades("user-ags", gradebook.moodleLineItem()));
    eventually("the score", () -> gradebook.scores.size() == 1);
    GradebookSimulator.Received score = gradebook.scores.get(0);
    // AGS §3.4: the scores endpoint is the line item's path + /scores, its query kept
    assertEquals("/lineitems/7/lineitem/scores", score.path());
    assertEquals("type_id=7", score.query());
    assertEquals("application/vnd.ims.lis.v1.score+json", score.contentType());
    JsonPath body = JsonPath.from(score.body());
    assertEquals("user-ags", body.getString("userId"), "the platform's own user id, unsealed for this call only");
    assertEquals(90.0, body.getDouble("scoreGiven"), 1e-9);
    assertEquals(100.0, body.getDouble("scoreMaximum"), 1e-9);
    assertEquals("Completed", body.getString("activityProgress"));
    assertEquals("FullyGraded", body.getString("gradingProgress"));
    assertTrue(body.getString("timestamp").endsWith("Z"));
    eventually("the delivered count", () -> status().getLong("delivered") == 1);
  }

  @Test
  void withoutALineItemInTheLaunchOneIsCreatedForTheLink() throws Exception {
    pass(launchWithGrades("user-new-item", null));
    eventually("the score", () -> gradebook.scores.size() == 1);
    assertEquals(1, gradebook.lineItemsCreated.size());
    assertTrue(gradebook.lineItemsCreated.get(0).endsWith(gradebook.scores.get(0).path().replace("/scores", "")));
  }

  @Test
  void aScoreWaitsWhileTheGradebookIsDownAndArrivesOnceAfter() throws Exception {
    gradebook.down = true;
    pass(launchWithGrades("user-down", gradebook.moodleLineItem()));
    eventually("a failed attempt", () -> status().getLong("retrying") == 1);
    Thread.sleep(2000);
    assertEquals(0, gradebook.scores.size());
    gradebook.down = false;
    eventually("the score after the outage", () -> gradebook.scores.size() == 1);
    Thread.sleep(1500);
    assertEquals(1, gradebook.scores.size(), "delivered once");
    assertEquals(0, status().getLong("pending"));
  }

  @Test
  void scoresQueuedWhileTheGradebookIsDownArriveInOrder() throws Exception {
    gradebook.down = true;
    String token = launchWithGrades("user-order", gradebook.moodleLineItem());
    var content = given().baseUri("http://127.0.0.1:8180/").header("Authorization", "Bearer " + token)
        .contentType(ContentType.JSON);
    String unit = content.body(Map.of()).post("runtime/sessions").then().statusCode(200).extract().path("unitId");
    commitAs(token, unit, 1, Map.of("cmi.core.lesson_status", "completed"));
    commitAs(token, unit, 2, Map.of("cmi.core.lesson_status", "passed", "cmi.core.score.raw", "85"));
    eventually("two waiting scores", () -> status().getLong("pending") == 2 && status().getLong("retrying") >= 1);
    gradebook.down = false;
    eventually("both scores", () -> gradebook.scores.size() == 2);
    JsonPath first = JsonPath.from(gradebook.scores.get(0).body());
    JsonPath second = JsonPath.from(gradebook.scores.get(1).body());
    // the package expects a score (mastery 80): completion alone is Completed and Pending, no marks
    assertEquals("Pending", first.getString("gradingProgress"));
    assertNull(first.get("scoreGiven"));
    assertEquals("FullyGraded", second.getString("gradingProgress"));
    assertEquals(85.0, second.getDouble("scoreGiven"), 1e-9);
    assertTrue(first.getString("timestamp").compareTo(second.getString("timestamp")) < 0, "timestamps increase");
  }

  /** A link's grade policy comes from its custom parameters, as the course sets them in the LMS. */
  @Test
  void completionOnlyContentPostsFullMarksOrNoneAsTheLinkSays() throws Exception {
    String manifest = java.nio.file.Files.readString(TestPackages.directory(TestPackages.SCORM12_SINGLE)
        .resolve("imsmanifest.xml")).replace("<adlcp:masteryscore>80</adlcp:masteryscore>", "");
    String plain = as(admin).contentType("application/zip")
        .body(TestPackages.zip(TestPackages.SCORM12_SINGLE, Map.of("imsmanifest.xml", manifest)).toFile())
        .post("api/packages").then().statusCode(201).extract().path("packageId");
    as(admin).post("api/packages/" + plain + "/versions/1/publish").then().statusCode(200);
    complete(launchWithGrades("user-full", gradebook.moodleLineItem(), Map.of("module", "package:" + plain)));
    eventually("full marks", () -> gradebook.scores.size() == 1);
    assertEquals(100.0, JsonPath.from(gradebook.scores.get(0).body()).getDouble("scoreGiven"), 1e-9);
    complete(launchWithGrades("user-none", gradebook.moodleLineItem(),
        Map.of("module", "package:" + plain, "completion_marks", "none")));
    eventually("completion without marks", () -> gradebook.scores.size() == 2);
    JsonPath none = JsonPath.from(gradebook.scores.get(1).body());
    assertNull(none.get("scoreGiven"));
    assertEquals("Completed", none.getString("activityProgress"));
    assertEquals("FullyGraded", none.getString("gradingProgress"));
  }

  void complete(String token) {
    String unit = given().baseUri("http://127.0.0.1:8180/").header("Authorization", "Bearer " + token)
        .contentType(ContentType.JSON).body(Map.of()).post("runtime/sessions").then().statusCode(200)
        .extract().path("unitId");
    commitAs(token, unit, 1, Map.of("cmi.core.lesson_status", "completed"));
  }

  void commitAs(String token, String unit, int sequence, Map<String, String> data) {
    given().baseUri("http://127.0.0.1:8180/").header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
        .body(Map.of("unit", unit, "session", 1, "sequence", sequence, "terminated", false, "data", data))
        .post("runtime/commits").then().statusCode(200);
  }

  /** DESIGN: an acknowledged completion is never lost, not on a restart while the LMS is down. */
  @Test
  void aScorePendingAcrossAServerRestartIsDeliveredOnce() throws Exception {
    gradebook.down = true;
    pass(launchWithGrades("user-restart", gradebook.moodleLineItem()));
    eventually("a failed attempt", () -> status().getLong("retrying") == 1);
    reloadServer(management);
    gradebook.down = false;
    // the entry backs off exponentially while the gradebook is down, so allow for a few rounds
    eventually("the score after the restart", Duration.ofSeconds(90), () -> gradebook.scores.size() == 1);
    Thread.sleep(1500);
    assertEquals(1, gradebook.scores.size(), "delivered once");
  }

  @Test
  void aRefusedScoreIsParkedWithTheReasonAndRetriedByTheAdmin() throws Exception {
    gradebook.refuseScores = true;
    pass(launchWithGrades("user-refused", gradebook.moodleLineItem()));
    eventually("the parked score", () -> status().getLong("parked") == 1);
    assertTrue(status().getList("parkedReasons", String.class).get(0).contains("user is not in this course"));
    gradebook.refuseScores = false;
    as(admin).post("api/platforms/" + platformId + "/grades/retry").then().statusCode(200)
        .body("scores", org.hamcrest.Matchers.equalTo(1));
    eventually("the score after the retry", () -> gradebook.scores.size() == 1);
  }

  @Test
  void aLaunchWithoutTheScoreScopeSendsNothingAndAnotherOrganisationSeesNoOutbox() throws Exception {
    Login login = startLogin();
    String idToken = platform.sign(platform.resourceLinkClaims(login.authRequest(), TARGET).subject("user-no-ags")
        .claim(PlatformSimulator.LTI + "custom", Map.of("module", "package:" + pkg)).build());
    String html = launch(idToken, login.state(), login.state()).then().statusCode(200).extract().asString();
    Matcher token = Pattern.compile("data-token=\"([^\"]+)\"").matcher(html);
    assertTrue(token.find());
    pass(token.group(1));
    Thread.sleep(2000);
    assertEquals(0, gradebook.scores.size());
    assertEquals(0, status().getLong("pending"));
    String otherOrg = operator().contentType(ContentType.JSON)
        .body(Map.of("slug", "grades-" + java.util.UUID.randomUUID().toString().substring(0, 8), "name", "Other"))
        .post("api/organisations").then().statusCode(201).extract().path("id");
    String other = operator().contentType(ContentType.JSON).body(Map.of("name", "a", "roles", List.of("admin")))
        .post("api/organisations/" + otherOrg + "/tokens").then().statusCode(201).extract().path("secret");
    as(other).get("api/platforms/" + platformId + "/grades").then().statusCode(404)
        .body(containsString("platform"));
  }
}
