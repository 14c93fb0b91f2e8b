package org.awarehouse.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built-in catalogue as the server installs it at start: each module a published built-in
 * package, played by learners of every organisation, changed by none, installed once however
 * often the server starts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueIT extends PackageItBase {
  static final List<String> MODULES = List.of("acceptable-use", "ai-literacy", "board-duties", "first-week",
      "gdpr-daily-work", "invoice-fraud", "secure-private-life", "spot-it-report-it");

  @ArquillianResource ManagementClient management;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Test
  void everyModuleIsInstalledAsABuiltInCmi5Package() {
    JsonPath catalogue = as(admin).get("api/catalogue").then().statusCode(200).extract().jsonPath();
    assertTrue(catalogue.getList("modules.id", String.class).containsAll(MODULES), catalogue.prettify());
    for (String slug : MODULES) {
      Map<String, Object> module = catalogue.getMap("modules.find { it.id == '" + slug + "' }");
      assertEquals("cmi5", module.get("standard"), slug);
      assertEquals(List.of("en", "nl"), module.get("languages"), slug);
      int minutes = (Integer) module.get("durationMinutes");
      assertTrue(minutes >= 4 && minutes <= 8, slug + " takes " + minutes + " minutes");
      assertFalse(((List<?>) module.get("regulations")).isEmpty(), slug);
      assertFalse(((List<?>) module.get("audience")).isEmpty(), slug);
      assertNotNull(module.get("packageId"), slug);
      // a built-in package is nobody's to change
      as(admin).post("api/packages/" + module.get("packageId") + "/versions/1/retire").then().statusCode(404);
    }
    as(admin).get("api/packages").then().statusCode(200)
        .body(not(containsString(catalogue.getString("modules[0].packageId"))));
  }

  /**
   * A learner's launch opens the module's cmi5 AU in the player, and the launch's locale reaches
   * the AU as the learner's language preference (cmi5 section 11).
   */
  @Test
  void aLearnerLaunchPlaysTheModuleInTheLaunchLanguage() throws Exception {
    Login login = startLogin();
    String idToken = platform.sign(platform.resourceLinkClaims(login.authRequest(), TARGET).subject("catalogue-learner")
        .claim(PlatformSimulator.LTI + "custom", Map.of("module", "invoice-fraud"))
        .claim(PlatformSimulator.LTI + "launch_presentation", Map.of("locale", "nl_NL")).build());
    String html = launch(idToken, login.state(), login.state()).then().statusCode(200).extract().asString();
    assertTrue(html.contains("<html lang=\"nl\">"), html);
    Matcher token = Pattern.compile("data-token=\"([^\"]+)\"").matcher(html);
    assertTrue(token.find(), html);
    String launchUrl = given().baseUri("http://127.0.0.1:8180/").header("Authorization", "Bearer " + token.group(1))
        .contentType(ContentType.JSON).body(Map.of()).post("runtime/sessions").then().statusCode(200)
        .extract().path("launchUrl");
    assertTrue(launchUrl.contains("/index.html?endpoint="), launchUrl);
    Map<String, String> parameters = query(launchUrl);
    // the AU's own files are on the content origin, in the package as the build made it
    given().get(launchUrl.substring(0, launchUrl.indexOf("index.html")) + "script.json").then().statusCode(200)
        .contentType(containsString("json"));
    reader().queryParam("agent", parameters.get("actor")).queryParam("profileId", "cmi5LearnerPreferences")
        .get("xapi/agents/profile").then().statusCode(200)
        .body("languagePreference", org.hamcrest.Matchers.equalTo("nl-NL"));
  }

  /** A restart installs nothing again: the packages and their installation times stay as they were. */
  @Test
  void aRestartLeavesTheInstalledCatalogueAsItIs() throws Exception {
    String before = as(admin).get("api/catalogue").then().statusCode(200).extract().asString();
    reloadServer(management);
    eventually("the API back", () -> {
      try {
        return as(admin).get("api/catalogue").statusCode() == 200;
      } catch (RuntimeException e) {
        return false;
      }
    });
    String after = as(admin).get("api/catalogue").then().statusCode(200).extract().asString();
    assertEquals(JsonPath.from(before).getList("modules"), JsonPath.from(after).getList("modules"));
  }

  private static Map<String, String> query(String url) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : URI.create(url).getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      parameters.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return parameters;
  }
}
