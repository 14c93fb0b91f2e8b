package org.awarehouse.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * cmi5 over HTTP, as an AU and its LMS use it: an LTI launch opens the player; a session of an AU
 * yields the cmi5 launch URL; the AU fetches its auth-token once, reads LMS.LaunchData and sends
 * its statements, which the LMS checks against cmi5 section 9; satisfied statements and the
 * progress projection show the course done.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class Cmi5IT extends PackageItBase {
  static final String CONTENT = "http://127.0.0.1:8180/";
  static final String TOOL = "http://localhost:8180";
  static final String CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
  static final String MOVE_ON = "https://w3id.org/xapi/cmi5/context/categories/moveon";
  static final String SESSION_ID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
  static final String SATISFIED = "https://w3id.org/xapi/adl/verbs/satisfied";
  static final String AU1 = "https://awarehouse.example/test/cmi5-basic/au/what-it-is";
  static final String AU2 = "https://awarehouse.example/test/cmi5-basic/au/check-yourself";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  /** What an AU knows: its launch parameters and, once fetched, its auth-token and launch data. */
  record Au(Map<String, String> launch, String authToken, JsonPath launchData) {
    String activityId() {
      return launch.get("activityId");
    }

    String registration() {
      return launch.get("registration");
    }

    String sessionId() {
      return launchData.getString("contextTemplate.extensions.'" + SESSION_ID + "'");
    }
  }

  @Test
  void aLearnerCompletesAndPassesBothAusAndTheCourseIsSatisfied() throws Exception {
    String pkg = published();
    String token = launchPackage(pkg, "learner-cmi5");
    JsonPath session = open(token, AU1);
    assertEquals("cmi5", session.getString("version"));
    assertEquals("AnyWindow", session.getString("launchMethod"));
    String url = session.getString("launchUrl");
    assertTrue(url.matches("http://127\\.0\\.0\\.1:8180/content/[0-9a-f]{32}/au1/index\\.html\\?endpoint=.*"), url);
    Map<String, String> launch = query(url);
    assertEquals(TOOL + "/xapi/", launch.get("endpoint"));
    assertTrue(launch.get("fetch").startsWith(TOOL + "/runtime/cmi5/fetch?k="), launch.get("fetch"));
    JsonPath actor = JsonPath.from(launch.get("actor"));
    assertEquals("Agent", actor.getString("objectType"));
    assertEquals(TOOL, actor.getString("account.homePage"));
    UUID.fromString(launch.get("registration"));
    assertEquals(TOOL + "/xapi/activities/packages/" + pkg + "/units/"
        + URLEncoder.encode(AU1), launch.get("activityId"));

    Au au1 = fetch(launch);
    // 8.2.3.1: the fetch URL is one-time; a second POST gets error 1, still with status 200
    given().post(launch.get("fetch")).then().statusCode(200).contentType(ContentType.JSON)
        .body("'error-code'", equalTo("1")).body("'auth-token'", equalTo(null));
    assertEquals("Normal", au1.launchData().getString("launchMode"));
    assertEquals("CompletedAndPassed", au1.launchData().getString("moveOn"));
    assertEquals(0.8, au1.launchData().getDouble("masteryScore"), 1e-9);
    assertEquals(AU1, au1.launchData().getString("contextTemplate.contextActivities.grouping[0].id"));
    // section 10: the AU MUST NOT modify LMS.LaunchData
    lrs(au1).contentType(ContentType.JSON).body("{}").queryParams(stateParams(au1)).put("activities/state")
        .then().statusCode(403);

    send(au1, statement(au1, "initialized", null, true)).then().statusCode(200);
    Map<String, Object> wrongActor = statement(au1, "completed", completion(), true);
    wrongActor.put("actor", Map.of("objectType", "Agent", "account", Map.of("homePage", TOOL, "name", "someone-else")));
    send(au1, wrongActor).then().statusCode(403).contentType("application/problem+json")
        .body("detail", containsString("9.2"));
    Map<String, Object> wrongRegistration = statement(au1, "completed", completion(), true);
    context(wrongRegistration).put("registration", UUID.randomUUID().toString());
    send(au1, wrongRegistration).then().statusCode(403).body("detail", containsString("9.6.1"));
    send(au1, statement(au1, "completed", completion(), true)).then().statusCode(200);
    send(au1, statement(au1, "passed", judged(true, 0.5), true)).then().statusCode(400)
        .body("detail", containsString("9.3.4"));
    send(au1, statement(au1, "passed", judged(true, 0.9), true)).then().statusCode(200);
    send(au1, statement(au1, "experienced", null, false)).then().statusCode(200); // cmi5 allowed
    send(au1, statement(au1, "terminated", Map.of("duration", "PT3M"), true)).then().statusCode(200);
    send(au1, statement(au1, "experienced", null, false)).then().statusCode(403).body("detail", containsString("9.3.8"));
    assertTrue(satisfied(au1.registration()).isEmpty(), "the second AU has not met moveOn yet");

    JsonPath second = open(token, AU2);
    assertEquals("OwnWindow", second.getString("launchMethod"));
    assertTrue(second.getString("launchUrl").contains("/au2/index.html?level=2&endpoint="), second.getString("launchUrl"));
    Au au2 = fetch(query(second.getString("launchUrl")));
    assertEquals("questions=5", au2.launchData().getString("launchParameters"));
    assertEquals(au1.registration(), au2.registration());
    send(au2, statement(au2, "initialized", null, true)).then().statusCode(200);
    send(au2, List.of(statement(au2, "passed", judged(true, 1.0), true), statement(au2, "completed", completion(), true),
        statement(au2, "terminated", Map.of("duration", "PT5M"), true))).then().statusCode(200);

    String course = TOOL + "/xapi/activities/packages/" + pkg;
    List<String> satisfied = satisfied(au1.registration());
    assertEquals(2, satisfied.size(), "the block and the course, once each: " + satisfied);
    assertTrue(satisfied.contains(course));
    assertTrue(satisfied.contains(course + "/blocks/"
        + URLEncoder.encode("https://awarehouse.example/test/cmi5-basic/block/tailgating")));
    List<String> verbs = reader().queryParam("registration", au1.registration()).queryParam("ascending", true)
        .queryParam("limit", 100).get("xapi/statements").then().statusCode(200).extract().jsonPath()
        .getList("statements.verb.id", String.class);
    assertEquals(2, verbs.stream().filter((VERBS + "launched")::equals).count());
    JsonPath progress = as(admin).queryParam("activity", course).get("api/xapi/progress").then().statusCode(200)
        .extract().jsonPath();
    assertEquals(1, progress.getList("").size());
    assertNotNull(progress.getString("[0].completedAt"));
    // the player's contents follow the AUs' outcomes
    String player = launchPlayer(pkg, "learner-cmi5");
    // the launch's locale is nl-NL: "klaar" is Dutch for done
    assertTrue(player.contains("data-status=\"" + AU1 + "\">klaar<"), "the first AU is marked done");
    assertTrue(player.contains("data-status=\"" + AU2 + "\">klaar<"), "the second AU is marked done");
  }

  @Test
  void aPreviewsAuStatementsAreCheckedAndAnsweredButNeverStored() {
    String pkg = published();
    String url = as(admin).post("api/packages/" + pkg + "/versions/1/preview").then().statusCode(200)
        .extract().path("url");
    String player = given().get(url).then().statusCode(200).extract().asString();
    assertTrue(player.contains("Preview: nothing you do here is recorded"), "the player says it is a preview");
    Au au = fetch(query(open(attemptToken(player), AU1).getString("launchUrl")));

    Map<String, Object> initialized = statement(au, "initialized", null, true);
    send(au, initialized).then().statusCode(200).body("[0]", equalTo(initialized.get("id")));
    // the cmi5 rules still hold (section 9.3.4: passed below the mastery score)
    send(au, statement(au, "passed", judged(true, 0.5), true)).then().statusCode(400)
        .body("detail", containsString("9.3.4"));
    send(au, List.of(statement(au, "completed", completion(), true), statement(au, "passed", judged(true, 0.9), true),
        statement(au, "terminated", Map.of("duration", "PT3M"), true))).then().statusCode(200);

    assertEquals(List.of(), reader().queryParam("registration", au.registration()).get("xapi/statements").then()
        .statusCode(200).extract().jsonPath().getList("statements.verb.id"), "neither the AU's statements nor the LMS's are stored");
    for (String activity : List.of(au.activityId(), TOOL + "/xapi/activities/packages/" + pkg)) {
      as(admin).queryParam("activity", activity).get("api/xapi/progress").then().statusCode(200).body("size()", equalTo(0));
    }
  }

  @Test
  void aNewLaunchAbandonsASessionThatNeverTerminated() throws Exception {
    String pkg = published();
    String token = launchPackage(pkg, "learner-abandons");
    Au first = fetch(query(open(token, AU1).getString("launchUrl")));
    send(first, statement(first, "initialized", null, true)).then().statusCode(200);
    Au again = fetch(query(open(token, AU1).getString("launchUrl")));
    // 9.3.6: after Abandoned "the LMS MUST NOT allow any additional statements" for that session
    send(first, statement(first, "terminated", Map.of("duration", "PT1M"), true)).then().statusCode(401);
    List<String> abandoned = reader().queryParam("registration", first.registration())
        .queryParam("verb", "https://w3id.org/xapi/adl/verbs/abandoned").get("xapi/statements").then().statusCode(200)
        .extract().jsonPath().getList("statements.context.extensions.'" + SESSION_ID + "'", String.class);
    assertEquals(List.of(first.sessionId()), abandoned);
    send(again, statement(again, "initialized", null, true)).then().statusCode(200);
  }

  @Test
  void theLrsRefusesWhatASessionTokenMayNotDo() throws Exception {
    String pkg = published();
    Au au = fetch(query(open(launchPackage(pkg, "learner-strict"), AU1).getString("launchUrl")));
    // 9.3: initialized first
    send(au, statement(au, "completed", completion(), true)).then().statusCode(400).body("detail", containsString("9.3"));
    send(au, statement(au, "initialized", null, true)).then().statusCode(200);
    // 6.3: no voiding
    Map<String, Object> voiding = statement(au, "voided", null, false);
    voiding.put("object", Map.of("objectType", "StatementRef", "id", UUID.randomUUID().toString()));
    send(au, voiding).then().statusCode(403);
    // a forged token, and one of a fetch URL never issued
    String forged = java.util.Base64.getEncoder().encodeToString(("cmi5_" + au.sessionId() + ":forged")
        .getBytes(StandardCharsets.UTF_8));
    given().baseUri(au.launch().get("endpoint")).header("Authorization", "Basic " + forged)
        .header("X-Experience-API-Version", "1.0.3").get("statements").then().statusCode(401);
    given().post(TOOL + "/runtime/cmi5/fetch?k=never-issued").then().statusCode(200).body("'error-code'", equalTo("2"));
  }

  /** The token is in the learner's browser: it must not reach anyone else's data. */
  @Test
  void aSessionTokenReadsOnlyItsOwnLearnersStatementsAndDocuments() throws Exception {
    String pkg = published();
    Au mine = fetch(query(open(launchPackage(pkg, "learner-own"), AU1).getString("launchUrl")));
    Au theirs = fetch(query(open(launchPackage(pkg, "learner-other"), AU1).getString("launchUrl")));
    send(theirs, statement(theirs, "initialized", null, true)).then().statusCode(200);
    send(mine, statement(mine, "initialized", null, true)).then().statusCode(200);
    // an unfiltered query is narrowed to the session's learner and registration
    List<String> actors = lrs(mine).get("statements").then().statusCode(200).extract().jsonPath()
        .getList("statements.actor.account.name", String.class);
    assertTrue(!actors.isEmpty() && actors.stream().allMatch(actors.get(0)::equals), "one learner only: " + actors);
    lrs(mine).queryParam("agent", theirs.launch().get("actor")).get("statements").then().statusCode(403);
    lrs(mine).queryParams(stateParams(theirs)).get("activities/state").then().statusCode(403);
  }

  @Test
  void browserContentReachesTheLrsAcrossOrigins() {
    given().baseUri(base.toString()).header("Origin", "http://127.0.0.1:8180")
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization, content-type, x-experience-api-version")
        .options("xapi/statements").then().statusCode(204)
        .header("Access-Control-Allow-Origin", "*")
        .header("Access-Control-Allow-Headers", containsString("X-Experience-API-Version"));
  }

  // --- the AU's side -------------------------------------------------------------------------

  Au fetch(Map<String, String> launch) {
    String authToken = given().post(launch.get("fetch")).then().statusCode(200).contentType(ContentType.JSON)
        .header("Access-Control-Allow-Origin", "*").body("'auth-token'", notNullValue())
        .extract().path("'auth-token'");
    Au au = new Au(launch, authToken, null);
    JsonPath data = lrs(au).queryParams(stateParams(au)).get("activities/state").then().statusCode(200).extract()
        .jsonPath();
    return new Au(launch, authToken, data);
  }

  static Map<String, String> stateParams(Au au) {
    return Map.of("activityId", au.activityId(), "agent", au.launch().get("actor"), "registration", au.registration(),
        "stateId", "LMS.LaunchData");
  }

  RequestSpecification lrs(Au au) {
    return given().baseUri(au.launch().get("endpoint")).header("Authorization", "Basic " + au.authToken())
        .header("X-Experience-API-Version", "1.0.3");
  }

  io.restassured.response.Response send(Au au, Object statements) {
    return lrs(au).contentType(ContentType.JSON).body(statements).post("statements");
  }

  /** A statement as an AU makes it: the launch's actor and activity, the context template and registration. */
  static Map<String, Object> statement(Au au, String verb, Map<String, Object> result, boolean defined) {
    Map<String, Object> context = new HashMap<>(au.launchData().getMap("contextTemplate"));
    context.put("registration", au.registration());
    if (defined) {
      List<Map<String, String>> category = result != null && (result.containsKey("success") || result.containsKey("completion"))
          ? List.of(Map.of("id", CMI5), Map.of("id", MOVE_ON)) : List.of(Map.of("id", CMI5));
      Map<String, Object> activities = new HashMap<>(au.launchData().getMap("contextTemplate.contextActivities"));
      activities.put("category", category);
      context.put("contextActivities", activities);
    }
    Map<String, Object> statement = new HashMap<>();
    statement.put("id", UUID.randomUUID().toString());
    statement.put("actor", JsonPath.from(au.launch().get("actor")).getMap(""));
    statement.put("verb", Map.of("id", VERBS + verb));
    statement.put("object", Map.of("objectType", "Activity", "id", au.activityId()));
    statement.put("context", context);
    if (result != null) {
      statement.put("result", result);
    }
    return statement;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> context(Map<String, Object> statement) {
    return (Map<String, Object>) statement.get("context");
  }

  static Map<String, Object> completion() {
    return Map.of("completion", true, "duration", "PT2M");
  }

  static Map<String, Object> judged(boolean success, double scaled) {
    return Map.of("success", success, "score", Map.of("scaled", scaled), "duration", "PT1M");
  }

  // --- the LMS's side ------------------------------------------------------------------------


  List<String> satisfied(String registration) {
    return reader().queryParam("registration", registration).queryParam("verb", SATISFIED).get("xapi/statements")
        .then().statusCode(200).extract().jsonPath().getList("statements.object.id", String.class);
  }

  String published() {
    return published(TestPackages.CMI5_BASIC);
  }

  String launchPackage(String packageId, String user) throws Exception {
    return attemptToken(launchPlayer(packageId, user));
  }

  static String attemptToken(String player) {
    Matcher token = Pattern.compile("data-token=\"([^\"]+)\"").matcher(player);
    assertTrue(token.find(), "the player carries its attempt token");
    return token.group(1);
  }

  String launchPlayer(String packageId, String user) throws Exception {
    Login login = startLogin();
    String idToken = platform.sign(platform.resourceLinkClaims(login.authRequest(), TARGET).subject(user)
        .claim(PlatformSimulator.LTI + "custom", Map.of("module", "package:" + packageId)).build());
    return launch(idToken, login.state(), login.state()).then().statusCode(200).extract().asString();
  }

  JsonPath open(String token, String unit) {
    return given().baseUri(CONTENT).header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
        .body(Map.of("unit", unit)).post("runtime/sessions").then().statusCode(200).extract().jsonPath();
  }

  static Map<String, String> query(String url) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : URI.create(url).getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return params;
  }

  /** Path-segment encoding as the LMS makes its activity ids. */
  static final class URLEncoder {
    static String encode(String value) {
      return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
  }
}
