package org.awarehouse.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.awarehouse.content.control.importing.HostileZips;
import org.awarehouse.content.control.importing.TestPackages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploading, versioning and publishing packages over HTTP, and the hostile-package suite: every
 * hostile upload is answered 422 with findings, nothing of it stays in the data directory's
 * staging area, and the server keeps working.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PackagesIT extends LtiItBase {
  static final Path STAGING = Path.of(System.getProperty("awarehouse.it.data-dir", "target/it-data"), "content", "staging");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @TempDir Path temp;

  JsonPath upload(String token, Path zip, int status) {
    return as(token).contentType("application/zip").body(zip.toFile()).post("api/packages").then()
        .statusCode(status).extract().jsonPath();
  }

  @Test
  void eachTestPackageImportsAsADraftWithItsUnits() {
    JsonPath scorm12 = upload(admin, TestPackages.zip(TestPackages.SCORM12_SINGLE), 201);
    assertEquals("scorm_12", scorm12.getString("standard"));
    assertEquals("draft", scorm12.getString("status"));
    assertEquals(1, scorm12.getInt("number"));
    assertEquals(0.8, scorm12.getDouble("units[0].masteryScore"), 1e-9);
    assertTrue(scorm12.getString("contentBase").matches("/content/[0-9a-f]{32}/"));

    JsonPath multi = upload(admin, TestPackages.zip(TestPackages.SCORM2004_MULTI), 201);
    assertEquals("scorm_2004_4th", multi.getString("standard"));
    assertEquals(List.of("content/intro/index.html", "content/lesson/index.html", "content/quiz/index.html"),
        multi.getList("units.launchPath"));
    assertEquals("Practice", multi.getString("toc[1].title"));
    assertEquals(0.7, multi.getDouble("units[2].masteryScore"), 1e-9);

    JsonPath cmi5 = upload(admin, TestPackages.zip(TestPackages.CMI5_BASIC), 201);
    assertEquals("cmi5", cmi5.getString("standard"));
    assertEquals(2, cmi5.getList("units").size());
    assertEquals("CompletedAndPassed", cmi5.getString("units[0].moveOn"));

    upload(admin, TestPackages.zip(TestPackages.SCORM2004_SINGLE), 201);
    as(admin).get("api/packages").then().statusCode(200).body("", hasSize(4));
  }

  @Test
  void aMultipartFormUploadWorksLikeARawZip() {
    as(admin).multiPart("file", TestPackages.zip(TestPackages.SCORM12_SINGLE).toFile(), "application/zip")
        .post("api/packages").then().statusCode(201).body("standard", equalTo("scorm_12"));
    as(admin).multiPart("other", "x").post("api/packages").then().statusCode(400)
        .contentType("application/problem+json").body("errors.field", hasItem("file"));
  }

  @Test
  void versionsArePublishedRetiredAndOnlyDraftsDeleted() {
    String id = upload(admin, TestPackages.zip(TestPackages.SCORM12_SINGLE), 201).getString("packageId");
    as(admin).contentType("application/zip").body(TestPackages.zip(TestPackages.SCORM12_SINGLE,
            Map.of("index.html", "<!DOCTYPE html><title>v2</title><p>Second version</p>")).toFile())
        .post("api/packages/" + id + "/versions").then().statusCode(201)
        .header("Location", containsString("/api/packages/" + id + "/versions/2"))
        .body("number", equalTo(2));
    as(admin).post("api/packages/" + id + "/versions/1/publish").then().statusCode(200)
        .body("status", equalTo("published")).body("publishedAt", notNullValue());
    // authors describe a version for the catalogue after upload; absent fields stay
    as(admin).contentType(ContentType.JSON).body(Map.of("titles", Map.of("en", "Passwords", "nl", "Wachtwoorden"),
            "languages", List.of("en", "nl"), "durationMinutes", 6, "audience", List.of("everyone")))
        .patch("api/packages/" + id + "/versions/1").then().statusCode(200)
        .body("titles.nl", equalTo("Wachtwoorden")).body("durationMinutes", equalTo(6))
        .body("audience", equalTo(List.of("everyone"))).body("standard", equalTo("scorm_12"));
    as(admin).contentType(ContentType.JSON).body(Map.of("durationMinutes", 0))
        .patch("api/packages/" + id + "/versions/1").then().statusCode(400)
        .body("errors[0].field", equalTo("durationMinutes"));
    as(admin).delete("api/packages/" + id + "/versions/1").then().statusCode(409)
        .contentType("application/problem+json").body("type", containsString("version-in-use"));
    as(admin).delete("api/packages/" + id + "/versions/2").then().statusCode(204);
    as(admin).get("api/packages/" + id + "/versions/2").then().statusCode(404);
    as(admin).post("api/packages/" + id + "/versions/1/retire").then().statusCode(200).body("status", equalTo("retired"));
    as(admin).get("api/packages/" + id).then().statusCode(200).body("versions", hasSize(1));
  }

  @Test
  void anotherOrganisationCannotSeeOrChangeThePackage() {
    String id = upload(admin, TestPackages.zip(TestPackages.SCORM12_SINGLE), 201).getString("packageId");
    String other = otherOrganisationAdmin();
    as(other).get("api/packages/" + id).then().statusCode(404);
    as(other).post("api/packages/" + id + "/versions/1/publish").then().statusCode(404);
    as(other).contentType("application/zip").body(TestPackages.zip(TestPackages.SCORM12_SINGLE).toFile())
        .post("api/packages/" + id + "/versions").then().statusCode(404);
    as(other).get("api/packages").then().statusCode(200).body("", hasSize(0));
  }

  @Test
  void aReporterReadsButCannotUpload() {
    String reporter = as(admin).contentType(ContentType.JSON).body(Map.of("name", "reports", "roles", List.of("reporter")))
        .post("api/tokens").then().statusCode(201).extract().path("secret");
    upload(reporter, TestPackages.zip(TestPackages.SCORM12_SINGLE), 403);
    as(reporter).get("api/packages").then().statusCode(200);
    api().contentType("application/zip").body(new byte[] {1}).post("api/packages").then().statusCode(401);
  }

  @Test
  void everyHostilePackageIsRejectedWithFindingsAndLeavesNothingBehind() throws IOException {
    Map<String, Function<Path, Path>> suite = Map.ofEntries(
        Map.entry("zip slip", unchecked(HostileZips::zipSlip)),
        Map.entry("absolute path", unchecked(HostileZips::absolutePath)),
        Map.entry("windows absolute path", unchecked(HostileZips::windowsAbsolutePath)),
        Map.entry("symlink", unchecked(HostileZips::symlink)),
        Map.entry("zip bomb", unchecked(dir -> HostileZips.zipBomb(dir, 200))),
        Map.entry("nested archives", unchecked(dir -> HostileZips.nestedZips(dir, 10))),
        Map.entry("billion laughs", unchecked(HostileZips::billionLaughs)),
        Map.entry("external entity", unchecked(HostileZips::externalEntity)),
        Map.entry("missing launch file", unchecked(HostileZips::missingLaunchFile)),
        Map.entry("not a zip", unchecked(HostileZips::notAZip)),
        Map.entry("empty file", unchecked(HostileZips::empty)),
        Map.entry("duplicate entries", unchecked(HostileZips::duplicateEntries)),
        Map.entry("cmi5 bad ids", unchecked(HostileZips::cmi5BadIds)));
    for (Map.Entry<String, Function<Path, Path>> hostile : suite.entrySet()) {
      Path zip = hostile.getValue().apply(Files.createDirectories(temp.resolve(hostile.getKey().replace(' ', '-'))));
      as(admin).contentType("application/zip").body(zip.toFile()).post("api/packages").then()
          .statusCode(422)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:awarehouse:problem:package-rejected"))
          .body("errors", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()))
          .body("errors[0].field", notNullValue())
          .body(org.hamcrest.Matchers.not(containsString("root:x:0:0")));
    }
    as(admin).get("api/packages").then().statusCode(200).body("", hasSize(0));
    assertStagingEmpty();
    io.restassured.RestAssured.given().baseUri(Deployments.MANAGEMENT).get("health/ready").then().statusCode(200);
  }

  @Test
  void anOversizedUploadIsRefusedWith413() throws IOException {
    Path big = HostileZips.incompressible(temp, 24); // the test server's limit is 20 MiB
    as(admin).contentType("application/zip").body(big.toFile()).post("api/packages").then()
        .statusCode(413).contentType("application/problem+json")
        .body("detail", containsString("AWAREHOUSE_PACKAGES_MAX_UPLOAD_BYTES"));
    assertStagingEmpty();
  }

  @Test
  void publishedPackagesAreOfferedInTheDeepLinkingPicker() throws Exception {
    String id = upload(admin, TestPackages.zip(TestPackages.SCORM2004_SINGLE), 201).getString("packageId");
    as(admin).post("api/packages/" + id + "/versions/1/publish").then().statusCode(200);
    Login login = startLogin();
    String token = platform.sign(platform.deepLinkingClaims(login.authRequest(), List.of("ltiResourceLink"), false).build());
    launch(token, login.state(), login.state()).then().statusCode(200)
        .body(containsString("value=\"package:" + id + "\""));
  }

  @Test
  void filesAreDeliveredFromTheContentOriginWithCachingRangesAndNoCookies() {
    String contentBase = upload(admin, TestPackages.zip(TestPackages.SCORM12_SINGLE), 201).getString("contentBase");
    var page = content().get(contentBase + "index.html").then().statusCode(200)
        .contentType("text/html;charset=utf-8")
        .header("Cache-Control", containsString("immutable"))
        .header("Content-Security-Policy", containsString("object-src 'none'"))
        .header("X-Content-Type-Options", "nosniff")
        .header("Set-Cookie", org.hamcrest.Matchers.nullValue())
        .body(containsString("<script src=\"sco.js\"></script>"))
        .extract();
    String etag = page.header("ETag");
    assertTrue(etag.matches("\"[0-9a-f]{64}(-gz)?\""), etag);
    content().header("If-None-Match", etag).get(contentBase + "index.html").then().statusCode(304);
    content().header("Range", "bytes=0-14").get(contentBase + "index.html").then().statusCode(206)
        .header("Content-Range", matchesPattern("bytes 0-14/\\d+")).body(equalTo("<!DOCTYPE html>"));
    content().get(contentBase + "shared/logo.png").then().statusCode(200).contentType("image/png");
    io.restassured.RestAssured.given().baseUri("http://127.0.0.1:8180").urlEncodingEnabled(false)
        .get(contentBase + "shared/%2e%2e/%2e%2e/" + contentBase.substring(9) + "index.html").then().statusCode(404);
    content().get(contentBase + "no-such-file.html").then().statusCode(404);
    content().get("/content/" + "0".repeat(32) + "/index.html").then().statusCode(404);
  }

  /**
   * The first request for a file goes through the servlet, which puts the file in memory; later
   * ones are answered from memory before the servlet chain (ContentFastPath). Both must give the
   * same answer, for every kind of request.
   */
  @Test
  void aFileAnsweredFromMemoryGetsTheSameAnswerAsTheFirstTime() {
    String contentBase = upload(admin, TestPackages.zip(TestPackages.SCORM12_SINGLE), 201).getString("contentBase");
    List<Map<String, String>> requests = List.of(Map.of(), Map.of("Accept-Encoding", "gzip"),
        Map.of("Range", "bytes=5-20"), Map.of("If-None-Match", "\"nothing\""), Map.of("Range", "bytes=999999-"));
    for (String file : List.of("index.html", "sco.js", "shared/logo.png")) {
      for (Map<String, String> headers : requests) {
        for (String method : List.of("GET", "HEAD")) {
          io.restassured.response.Response first = content().headers(headers).request(method, contentBase + file);
          io.restassured.response.Response again = content().headers(headers).request(method, contentBase + file);
          String what = method + " " + file + " " + headers;
          assertEquals(first.statusCode(), again.statusCode(), what);
          assertEquals(first.asString(), again.asString(), what);
          assertEquals(answerHeaders(first), answerHeaders(again), what);
        }
      }
      String etag = content().get(contentBase + file).header("ETag");
      assertEquals(304, content().header("If-None-Match", etag).get(contentBase + file).statusCode(), file);
    }
  }

  private static Map<String, String> answerHeaders(io.restassured.response.Response response) {
    Map<String, String> headers = new java.util.TreeMap<>();
    response.headers().forEach(h -> {
      if (!h.getName().equalsIgnoreCase("Date")) {
        headers.merge(h.getName().toLowerCase(java.util.Locale.ROOT), h.getValue(), (a, b) -> a + ", " + b);
      }
    });
    return headers;
  }

  /** A fresh request to the content origin (a specification keeps the headers it was given). */
  private static io.restassured.specification.RequestSpecification content() {
    return io.restassured.RestAssured.given().baseUri("http://127.0.0.1:8180");
  }

  private void assertStagingEmpty() throws IOException {
    if (Files.isDirectory(STAGING)) {
      try (var left = Files.list(STAGING)) {
        assertEquals(List.of(), left.toList(), "the staging area keeps nothing of a rejected upload");
      }
    }
  }

  private String otherOrganisationAdmin() {
    String org = operator().contentType(ContentType.JSON)
        .body(Map.of("slug", "other-" + UUID.randomUUID().toString().substring(0, 8), "name", "Other org"))
        .post("api/organisations").then().statusCode(201).extract().path("id");
    return operator().contentType(ContentType.JSON).body(Map.of("name", "admin", "roles", List.of("admin")))
        .post("api/organisations/" + org + "/tokens").then().statusCode(201).extract().path("secret");
  }

  interface IoFunction {
    Path apply(Path dir) throws IOException;
  }

  private static Function<Path, Path> unchecked(IoFunction f) {
    return dir -> {
      try {
        return f.apply(dir);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
  }
}
