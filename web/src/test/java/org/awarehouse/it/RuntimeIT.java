package org.awarehouse.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awarehouse.content.control.importing.TestPackages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The runtime over HTTP, as the adapter uses it: an LTI launch opens the player with an attempt
 * token; sessions and commits on the content origin store the data model and make the statements
 * of the ADL xAPI SCORM Profile; the progress projection shows the package's outcome.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RuntimeIT extends PackageItBase {
  static final String CONTENT = "http://127.0.0.1:8180/";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }


  /** Launches the package as {@code user}; returns the player's attempt token. */
  String launchPackage(String packageId, String user) throws Exception {
    return attribute(launchPlayer(packageId, user), "data-token");
  }

  static String attribute(String html, String name) {
    Matcher value = Pattern.compile(name + "=\"([^\"]+)\"").matcher(html);
    assertTrue(value.find(), "the player carries " + name);
    return value.group(1);
  }

  String launchPlayer(String packageId, String user) throws Exception {
    return launchPlayer(packageId, user, Map.of("module", "package:" + packageId));
  }

  String launchPlayer(String packageId, String user, Map<String, String> custom) throws Exception {
    Login login = startLogin();
    String idToken = platform.sign(platform.resourceLinkClaims(login.authRequest(), TARGET).subject(user)
        .claim(PlatformSimulator.LTI + "custom", custom).build());
    return launch(idToken, login.state(), login.state()).then().statusCode(200)
        .header("Content-Security-Policy", containsString("frame-src http://127.0.0.1:8180"))
        .body(containsString("data-adapter=\"http://127.0.0.1:8180/runtime/adapter.html\""))
        .extract().asString();
  }

  RequestSpecification content(String token) {
    return given().baseUri(CONTENT).header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
  }

  JsonPath open(String token, String unit) {
    Map<String, Object> body = new HashMap<>();
    body.put("unit", unit);
    return content(token).body(body).post("runtime/sessions").then().statusCode(200).extract().jsonPath();
  }

  JsonPath commit(String token, String unit, int session, int sequence, boolean terminated, Map<String, String> data) {
    return content(token).body(Map.of("unit", unit, "session", session, "sequence", sequence, "terminated", terminated,
        "reason", terminated ? "terminate" : "commit", "data", data)).post("runtime/commits").then().statusCode(200)
        .extract().jsonPath();
  }


  @Test
  void aScorm12LearnerSuspendsResumesAndPasses() throws Exception {
    String pkg = published(TestPackages.SCORM12_SINGLE);
    String token = launchPackage(pkg, "learner-12");
    JsonPath first = open(token, null);
    assertEquals("1.2", first.getString("version"));
    assertEquals(1, first.getInt("session"));
    Map<String, String> initial = first.getMap("initial");
    assertEquals("ab-initio", initial.get("cmi.core.entry"));
    assertEquals("80", initial.get("cmi.student_data.mastery_score"));
    assertEquals("credit", initial.get("cmi.core.credit"));
    assertTrue(first.getString("launchUrl").matches("http://127\\.0\\.0\\.1:8180/content/[0-9a-f]{32}/index\\.html"));
    String unit = first.getString("unitId");

    commit(token, unit, 1, 1, false, Map.of("cmi.core.lesson_location", "page-2", "cmi.suspend_data", "seen=1,2",
        "cmi.core.lesson_status", "incomplete"));
    commit(token, unit, 1, 2, true, Map.of("cmi.core.exit", "suspend", "cmi.core.session_time", "00:01:30"));

    // a new launch continues the attempt: the content finds where the learner left
    String again = launchPackage(pkg, "learner-12");
    JsonPath second = open(again, unit);
    assertEquals(2, second.getInt("session"));
    Map<String, String> resumed = second.getMap("initial");
    assertEquals("resume", resumed.get("cmi.core.entry"));
    assertEquals("page-2", resumed.get("cmi.core.lesson_location"));
    assertEquals("seen=1,2", resumed.get("cmi.suspend_data"));
    assertEquals("0000:01:30.00", resumed.get("cmi.core.total_time"));

    JsonPath passed = commit(again, unit, 2, 1, false, Map.of("cmi.core.lesson_status", "passed", "cmi.core.score.raw", "90",
        "cmi.interactions.0.id", "q1", "cmi.interactions.0.type", "choice", "cmi.interactions.0.student_response", "b",
        "cmi.interactions.0.result", "correct"));
    assertEquals("completed", passed.getString("pkg.completion"));
    assertEquals("passed", passed.getString("pkg.success"));
    commit(again, unit, 2, 2, true, Map.of("cmi.core.exit", "", "cmi.core.session_time", "00:00:30"));

    assertEquals(List.of("initialized", "suspended", "resumed", "answered", "completed", "passed", "completed", "passed",
        "terminated"), verbsFor(pkg));
    JsonPath progress = as(admin).queryParam("activity", "http://localhost:8180/xapi/activities/packages/" + pkg)
        .get("api/xapi/progress").then().statusCode(200).extract().jsonPath();
    assertEquals(1, progress.getList("").size());
    assertEquals(true, progress.getBoolean("[0].passed"));
    assertEquals(0.9, progress.getDouble("[0].scoreScaled"), 1e-9);
    assertTrue(progress.getString("[0].completedAt") != null);
  }

  @Test
  void aResentCommitIsAcknowledgedWithoutRepeatingItsStatements() throws Exception {
    String pkg = published(TestPackages.SCORM2004_SINGLE);
    String token = launchPackage(pkg, "learner-resend");
    String unit = open(token, null).getString("unitId");
    // the package completes by measure (completionThreshold 0.9): the progress measure decides
    Map<String, String> completed = Map.of("cmi.completion_status", "completed", "cmi.progress_measure", "1");
    commit(token, unit, 1, 1, false, completed);
    JsonPath again = commit(token, unit, 1, 1, false, completed);
    assertEquals(1, again.getInt("sequence"));
    assertEquals(List.of("initialized", "completed"), verbsFor(pkg).stream().distinct().toList());
    assertEquals(3, verbsFor(pkg).size(), "initialized, and completed on the unit and on the package, once each");
  }

  @Test
  void aSessionReplacedByANewerOneCannotCommit() throws Exception {
    String pkg = published(TestPackages.SCORM2004_SINGLE);
    String token = launchPackage(pkg, "learner-two-windows");
    String unit = open(token, null).getString("unitId");
    open(token, unit); // the second window
    content(token).body(Map.of("unit", unit, "session", 1, "sequence", 1, "data", Map.of("cmi.location", "x")))
        .post("runtime/commits").then().statusCode(409).contentType("application/problem+json")
        .body("type", equalTo("urn:awarehouse:problem:stale-session"));
  }

  @Test
  void aClosingWindowsBeaconCarriesItsTokenInTheBody() throws Exception {
    String pkg = published(TestPackages.SCORM2004_SINGLE);
    String token = launchPackage(pkg, "learner-beacon");
    String unit = open(token, null).getString("unitId");
    given().baseUri(CONTENT).contentType("text/plain")
        .body("{\"token\":\"" + token + "\",\"unit\":\"" + unit + "\",\"session\":1,\"sequence\":1,\"reason\":\"unload\","
            + "\"terminated\":false,\"data\":{\"cmi.location\":\"slide-7\"}}")
        .post("runtime/commits").then().statusCode(200);
    assertEquals("slide-7", open(launchPackage(pkg, "learner-beacon"), unit).getMap("initial").get("cmi.location"));
  }

  @Test
  void forgedMissingAndForeignTokensAreRejected() throws Exception {
    String pkg = published(TestPackages.SCORM2004_SINGLE);
    String token = launchPackage(pkg, "learner-a");
    String[] parts = token.split("\\.");
    String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
    content(forged).body(Map.of()).post("runtime/sessions").then().statusCode(401)
        .header("WWW-Authenticate", containsString("Bearer"))
        .contentType("application/problem+json").body("type", equalTo("urn:awarehouse:problem:attempt-rejected"));
    given().baseUri(CONTENT).contentType(ContentType.JSON).body(Map.of()).post("runtime/sessions").then().statusCode(401);
    // the player's page token is signed by us too, but for another purpose: refused
    String pageToken = attribute(launchPlayer(pkg, "learner-a"), "name=\"awarehouse-page-token\" content");
    content(pageToken).body(Map.of()).post("runtime/sessions").then().statusCode(401);
    // each learner's token reaches only their own attempt
    String other = launchPackage(pkg, "learner-b");
    assertNotEquals(open(token, null).getString("initial.'cmi.learner_id'"),
        open(other, null).getString("initial.'cmi.learner_id'"));
    content(token).body(Map.of("unit", "no-such-unit")).post("runtime/sessions").then().statusCode(404);
    content(token).body("{not json").post("runtime/commits").then().statusCode(400);
  }

  @Test
  void aMultiScoPackageRollsUpWhenEveryScoIsDone() throws Exception {
    String pkg = published(TestPackages.SCORM2004_MULTI);
    String token = launchPackage(pkg, "learner-multi");
    JsonPath intro = open(token, null);
    List<String> units = as(admin).get("api/packages/" + pkg + "/versions/1").then().extract().jsonPath()
        .getList("units.id", String.class);
    assertEquals(units.get(0), intro.getString("unitId"));
    assertTrue(open(token, units.get(1)).getString("launchUrl").endsWith("content/lesson/index.html?lang=en&page=2"));
    assertEquals("quiz=phishing", open(token, units.get(2)).getString("initial.'cmi.launch_data'"));
    JsonPath done = commit(token, units.get(0), 1, 1, true, Map.of("cmi.completion_status", "completed"));
    assertEquals("incomplete", done.getString("pkg.completion"));
    commit(token, units.get(1), 1, 1, true, Map.of("cmi.progress_measure", "0.6")); // threshold 0.5
    JsonPath quiz = commit(token, units.get(2), 1, 1, true, Map.of("cmi.completion_status", "completed",
        "cmi.score.scaled", "0.75"));
    assertEquals("completed", quiz.getString("pkg.completion"));
    assertEquals("passed", quiz.getString("pkg.success"));
  }

  @Test
  void aLinkFollowsTheLatestPublishedVersionUnlessPinned() throws Exception {
    String pkg = published(TestPackages.SCORM2004_SINGLE);
    String v1 = as(admin).get("api/packages/" + pkg + "/versions/1").then().extract().path("contentBase");
    as(admin).contentType("application/zip").body(TestPackages.zip(TestPackages.SCORM2004_SINGLE,
        Map.of("index.html", "<!DOCTYPE html><title>v2</title><p>Second</p>")).toFile())
        .post("api/packages/" + pkg + "/versions").then().statusCode(201);
    String v2 = as(admin).post("api/packages/" + pkg + "/versions/2/publish").then().statusCode(200)
        .extract().path("contentBase");
    assertTrue(open(launchPackage(pkg, "learner-new"), null).getString("launchUrl").contains(v2));
    String pinned = attribute(launchPlayer(pkg, "learner-pinned",
        Map.of("module", "package:" + pkg, "package_version", "1")), "data-token");
    assertTrue(open(pinned, null).getString("launchUrl").contains(v1));
  }

  @Test
  void anAuthorsPreviewPlaysADraftAndMakesNoStatements() {
    String pkg = as(admin).contentType("application/zip").body(TestPackages.zip(TestPackages.SCORM12_SINGLE).toFile())
        .post("api/packages").then().statusCode(201).extract().path("packageId");
    String url = as(admin).post("api/packages/" + pkg + "/versions/1/preview").then().statusCode(200)
        .extract().path("url");
    assertTrue(url.startsWith("http://localhost:8180/lti/preview?token="));
    String html = given().get(url).then().statusCode(200)
        .header("Content-Security-Policy", containsString("frame-src http://127.0.0.1:8180")).extract().asString();
    String token = attribute(html, "data-token");
    String unit = open(token, null).getString("unitId");
    commit(token, unit, 1, 1, true, Map.of("cmi.core.lesson_status", "passed", "cmi.core.score.raw", "95"));
    assertEquals(List.of(), verbsFor(pkg));
    given().get("http://localhost:8180/lti/preview?token=forged").then().statusCode(400);
  }
}
