package org.awarehouse.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Course rosters from LTI Names and Role Provisioning Services 2.0: synced on an instructor's
 * launch through every page of the memberships, defensive against paging loops, and the base of
 * participation (learners on the roster who started, of all learners on the roster).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RostersIT extends LtiItBase {
  static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  volatile boolean loop;
  volatile int pagesServed;
  volatile String rolesAsked;

  @BeforeEach
  void membershipsAndTokens() {
    new GradebookSimulator(platform, "http://localhost:8180/lti/jwks"); // its token endpoint serves NRPS too
    platform.handle("/memberships", this::memberships);
  }

  /** Page 1: learners 1–4 and the teacher; page 2: learners 5–8 (learner-8 Inactive); Moodle-style short roles. */
  private void memberships(HttpExchange exchange) throws IOException {
    pagesServed++;
    boolean second = "page=2".equals(exchange.getRequestURI().getQuery());
    if (!second) {
      rolesAsked = exchange.getRequestURI().getQuery();
    }
    String members = (second ? IntStream.rangeClosed(5, 8) : IntStream.rangeClosed(1, 4))
        .mapToObj(i -> "{\"user_id\":\"learner-" + i + "\",\"roles\":[\"Learner\"]"
            + (i == 8 ? ",\"status\":\"Inactive\"" : "") + "}")
        .collect(Collectors.joining(","));
    if (!second) {
      members += ",{\"user_id\":\"teacher-1\",\"roles\":[\"http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor\"]}";
    }
    String next = second ? (loop ? platform.base() + "/memberships?page=1" : null) : platform.base() + "/memberships?page=2";
    if (next != null) {
      exchange.getResponseHeaders().add("Link", "<" + next + ">; rel=\"next\"");
    }
    byte[] body = ("{\"id\":\"" + platform.base() + "/memberships\",\"context\":{\"id\":\"course-7\"},\"members\":["
        + members + "]}").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/vnd.ims.lti-nrps.v2.membershipcontainer+json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  void launchAs(String user, String role) throws Exception {
    Login login = startLogin();
    String idToken = platform.sign(platform.resourceLinkClaims(login.authRequest(), TARGET).subject(user)
        .claim(PlatformSimulator.LTI + "roles", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#" + role))
        .claim(NRPS, Map.of("context_memberships_url", platform.base() + "/memberships",
            "service_versions", List.of("2.0"))).build());
    launch(idToken, login.state(), login.state()).then().statusCode(200);
  }

  JsonPath roster() {
    return as(admin).queryParam("context", "course-7").get("api/platforms/" + platformId + "/roster").then()
        .extract().jsonPath();
  }

  @Test
  void anInstructorsLaunchSyncsEveryPageAndParticipationCountsTheRoster() throws Exception {
    for (int i = 1; i <= 3; i++) {
      launchAs("learner-" + i, "Learner");
    }
    as(admin).queryParam("context", "course-7").get("api/platforms/" + platformId + "/roster").then()
        .statusCode(200).body("syncedAt", nullValue()); // learner launches do not ask for a sync
    launchAs("teacher-1", "Instructor");
    eventually("the sync", () -> roster().getString("syncedAt") != null);
    assertEquals(9, roster().getInt("members"), "both pages: eight learners and the teacher");
    // NRPS §2.3.1: only learners are asked for; this platform ignores the filter, as it may
    assertEquals("role=http://purl.imsglobal.org/vocab/lis/v2/membership#Learner", rolesAsked);
    // 7 active learners on the roster (learner-8 is Inactive, the teacher is no learner); 3 launched
    JsonPath participation = as(admin).queryParam("context", "course-7")
        .get("api/platforms/" + platformId + "/roster/participation").then().statusCode(200).extract().jsonPath();
    assertEquals(7, participation.getInt("learners"));
    assertEquals(3, participation.getInt("started"));
    assertEquals(3.0 / 7, participation.getDouble("rate"), 1e-6);
  }

  @Test
  void aPagingLoopEndsTheSyncWithAReasonAndKeepsTheServerWell() throws Exception {
    loop = true;
    launchAs("teacher-1", "Instructor");
    eventually("the failed sync", () -> roster().getString("lastError") != null);
    assertTrue(roster().getString("lastError").contains("already read"));
    assertTrue(pagesServed <= 3, "page 1, page 2, and no more than one look back: " + pagesServed);
    loop = false;
    as(admin).queryParam("context", "course-7").post("api/platforms/" + platformId + "/roster/sync").then()
        .statusCode(202);
    eventually("the repaired sync", () -> roster().getInt("members") == 9);
  }

  @Test
  void smallCoursesAreNotCountedAndUnknownOnesAnswer404() throws Exception {
    platform.handle("/memberships-small", exchange -> {
      byte[] body = "{\"members\":[{\"user_id\":\"a\",\"roles\":[\"Learner\"]},{\"user_id\":\"b\",\"roles\":[\"Learner\"]}]}"
          .getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    Login login = startLogin();
    launch(platform.sign(platform.resourceLinkClaims(login.authRequest(), TARGET).subject("t")
        .claim(PlatformSimulator.LTI + "roles", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"))
        .claim(PlatformSimulator.LTI + "context", Map.of("id", "small-course"))
        .claim(NRPS, Map.of("context_memberships_url", platform.base() + "/memberships-small",
            "service_versions", List.of("2.0"))).build()), login.state(), login.state()).then().statusCode(200);
    eventually("the small sync", () -> as(admin).queryParam("context", "small-course")
        .get("api/platforms/" + platformId + "/roster").then().extract().jsonPath().getInt("members") == 2);
    as(admin).queryParam("context", "small-course").get("api/platforms/" + platformId + "/roster/participation").then()
        .statusCode(200).body("learners", nullValue()).body("rate", nullValue());
    as(admin).queryParam("context", "no-such-course").get("api/platforms/" + platformId + "/roster").then()
        .statusCode(404).body("type", containsString("unknown-roster"));
    as(admin).get("api/platforms/" + platformId + "/roster/participation").then().statusCode(400);
  }
}
