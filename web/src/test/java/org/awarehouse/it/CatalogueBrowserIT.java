package org.awarehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.awarehouse.content.control.BuiltInPackage;
import org.awarehouse.content.control.CatalogueService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every built-in module, in English and in Dutch, played by a learner through the LTI launch and
 * the player to the end in a real browser: the launch locale picks the language, each scenario
 * decision and check question becomes an answered statement with its response and correctness,
 * and the check ends in completed and passed with the scaled score. Every screen, with its
 * feedback showing, passes axe-core's WCAG 2.1 AA rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueBrowserIT extends BrowserItBase {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  /** Accessibility violations found while playing, with where. */
  final List<String> violations = new ArrayList<>();

  @Test
  void everyModuleIsPlayedToTheEndInBothLanguages() {
    List<BuiltInPackage> modules = CatalogueService.builtInPackages();
    assertTrue(modules.size() >= 8, "the catalogue has " + modules.size() + " modules");
    for (BuiltInPackage module : modules) {
      JsonObject script = script(module);
      for (String language : List.of("en", "nl")) {
        launchInBrowser(module.slug(), language, "learner-" + module.slug() + "-" + language);
        String registration = inContent(() -> playToTheEnd(module.slug(), script, language));
        checkStatements(module.slug() + " (" + language + ")", script, language, registration, 1.0);
      }
    }
    assertEquals(List.of(), violations, "WCAG 2.1 AA (axe-core)");
  }

  /**
   * A learner leaves halfway and comes back where they were; switches language in the module;
   * misses the pass mark, tries the check again and passes. Only the passing attempt is judged,
   * and the switch is what the statements after it say.
   */
  @Test
  void aLearnerResumesSwitchesLanguageAndRetriesTheCheck() {
    BuiltInPackage module = CatalogueService.builtInPackages().stream()
        .filter(m -> m.slug().equals("spot-it-report-it")).findFirst().orElseThrow();
    JsonObject script = script(module);
    JsonArray screens = script.getJsonArray("screens");
    launchInBrowser(module.slug(), "en", "learner-who-resumes");
    inContent(() -> {
      waitForHeading(text(screens.getJsonObject(0), "heading", "en"));
      browser.findElement(By.id("next")).click();
      waitForHeading(text(screens.getJsonObject(1), "heading", "en"));
      waitFor(By.cssSelector("main[data-saved='1']")); // the module's State document says where the learner is
      return null;
    });
    // a new launch resumes on the second screen
    launchInBrowser(module.slug(), "en", "learner-who-resumes");
    String registration = inContent(() -> {
      waitForHeading(text(screens.getJsonObject(1), "heading", "en"));
      browser.findElement(By.id("language")).click();
      waitForHeading(text(screens.getJsonObject(1), "heading", "nl"));
      assertEquals("nl", browser.findElement(By.tagName("html")).getAttribute("lang"));
      for (int i = 1; i < screens.size(); i++) {
        JsonObject screen = screens.getJsonObject(i);
        waitForHeading(text(screen, "heading", "nl"));
        if ("check".equals(screen.getString("kind"))) {
          answerCheck(screen, false);
          waitFor(By.id("retry")).click();
        }
        play(screen, "nl", null);
      }
      return registration();
    });
    JsonPath statements = statements(registration);
    List<Map<String, Object>> passed = withVerb(statements, "passed");
    assertEquals(1, passed.size(), "only the passing try is judged");
    assertTrue(withVerb(statements, "failed").isEmpty());
    int questions = questions(script);
    List<Map<String, Object>> answered = withVerb(statements, "answered");
    assertEquals(scenarios(script) + 2 * questions, answered.size(), "both tries of the check are answered statements");
    assertEquals("nl", ((Map<?, ?>) answered.get(answered.size() - 1).get("context")).get("language"));
  }

  // --- playing ---

  private void launchInBrowser(String slug, String language, String learner) {
    lms.claims = auth -> platform.resourceLinkClaims(auth, TARGET).subject(learner)
        .claim(PlatformSimulator.LTI + "custom", Map.of("module", slug))
        .claim(PlatformSimulator.LTI + "launch_presentation", Map.of("locale", "nl".equals(language) ? "nl-NL" : "en-GB"))
        .build();
    browser.get(lms.courseUrl());
  }

  /** Plays every screen, the best choice in each scenario and the right answer to each question. */
  private String playToTheEnd(String slug, JsonObject script, String language) {
    JsonArray screens = script.getJsonArray("screens");
    waitForHeading(text(screens.getJsonObject(0), "heading", language));
    assertEquals(language, browser.findElement(By.tagName("html")).getAttribute("lang"));
    for (int i = 0; i < screens.size(); i++) {
      JsonObject screen = screens.getJsonObject(i);
      waitForHeading(text(screen, "heading", language));
      play(screen, language, slug + " (" + language + ") " + screen.getString("id"));
    }
    return registration();
  }

  /** Plays one screen; with {@code audit} naming it, checks the screen's accessibility on the way. */
  private void play(JsonObject screen, String language, String audit) {
    switch (screen.getString("kind")) {
      case "scenario" -> {
        if (screen.containsKey("image")) {
          assertEquals(text(screen.getJsonObject("image"), "alt", language),
              browser.findElement(By.cssSelector("img.illustration")).getAttribute("alt"));
        }
        String best = choice(screen.getJsonArray("choices"), "best");
        browser.findElement(By.cssSelector("input[data-choice='" + best + "']")).click();
        browser.findElement(By.id("answer")).click();
        WebElement feedback = waitFor(By.cssSelector("#feedback.good"));
        assertTrue(feedback.getText().contains(text(byId(screen.getJsonArray("choices"), best), "feedback", language)));
        audit(audit);
        browser.findElement(By.id("next")).click();
      }
      case "check" -> {
        answerCheck(screen, true);
        waitFor(By.id("score"));
        audit(audit);
        browser.findElement(By.id("next")).click();
      }
      case "close" -> {
        audit(audit);
        browser.findElement(By.id("next")).click();
        waitFor(By.cssSelector("main[data-terminated='true']"));
      }
      default -> {
        audit(audit);
        browser.findElement(By.id("next")).click();
      }
    }
  }

  private void audit(String where) {
    if (where != null) {
      Accessibility.violations(browser).forEach(v -> violations.add(where + ": " + v));
    }
  }

  private void answerCheck(JsonObject screen, boolean right) {
    JsonArray questions = screen.getJsonArray("questions");
    for (int q = 0; q < questions.size(); q++) {
      JsonObject question = questions.getJsonObject(q);
      String correct = choice(question.getJsonArray("choices"), "correct");
      String picked = right ? correct : question.getJsonArray("choices").stream().map(JsonObject.class::cast)
          .map(c -> c.getString("id")).filter(id -> !id.equals(correct)).findFirst().orElseThrow();
      waitFor(By.cssSelector("input[data-choice='" + picked + "'][name='question-" + question.getString("id") + "']"))
          .click();
      browser.findElement(By.id("answer")).click();
      waitFor(By.cssSelector(right ? "#feedback.good" : "#feedback.reconsider"));
      browser.findElement(By.id("next")).click();
    }
  }

  // --- what the LRS holds ---

  private void checkStatements(String what, JsonObject script, String language, String registration, double scaled) {
    JsonPath statements = statements(registration);
    List<String> verbs = statements.getList("statements.verb.id", String.class);
    List<Map<String, Object>> answered = withVerb(statements, "answered");
    assertEquals(scenarios(script) + questions(script), answered.size(), what + ": answered statements " + verbs);
    for (Map<String, Object> statement : answered) {
      Map<?, ?> definition = (Map<?, ?>) ((Map<?, ?>) statement.get("object")).get("definition");
      assertEquals("choice", definition.get("interactionType"), what);
      Map<?, ?> result = (Map<?, ?>) statement.get("result");
      assertEquals(List.of(result.get("response")), definition.get("correctResponsesPattern"), what);
      assertEquals(Boolean.TRUE, result.get("success"), what);
      assertEquals(language, ((Map<?, ?>) statement.get("context")).get("language"), what);
    }
    Map<String, Object> completed = only(statements, "completed", what);
    assertNotNull(((Map<?, ?>) completed.get("result")).get("duration"), what + ": completed has a duration");
    Map<?, ?> result = (Map<?, ?>) only(statements, "passed", what).get("result");
    assertEquals(scaled, ((Number) ((Map<?, ?>) result.get("score")).get("scaled")).doubleValue(), 1e-9, what);
    assertEquals(Boolean.TRUE, result.get("success"), what);
    assertFalse(withVerb(statements, "terminated").isEmpty(), what + ": terminated " + verbs);
    assertTrue(verbs.indexOf(VERBS + "initialized") < verbs.indexOf(VERBS + "answered"), what + ": " + verbs);
  }

  private JsonPath statements(String registration) {
    return reader().queryParam("registration", registration).queryParam("ascending", true).queryParam("limit", 200)
        .get("xapi/statements").then().statusCode(200).extract().jsonPath();
  }

  private static List<Map<String, Object>> withVerb(JsonPath statements, String verb) {
    List<Map<String, Object>> all = statements.getList("statements");
    List<Map<String, Object>> found = new ArrayList<>();
    for (Map<String, Object> statement : all) {
      if ((VERBS + verb).equals(((Map<?, ?>) statement.get("verb")).get("id"))) {
        found.add(statement);
      }
    }
    return found;
  }

  private static Map<String, Object> only(JsonPath statements, String verb, String what) {
    List<Map<String, Object>> found = withVerb(statements, verb);
    assertEquals(1, found.size(), what + ": one " + verb + " statement");
    return found.get(0);
  }

  // --- the browser ---

  /** The registration of the launch, from the AU's launch URL (cmi5 section 8.1). */
  private String registration() {
    String url = (String) browser.executeScript("return location.href"); // the frame's, not the top page's
    String query = URI.create(url).getRawQuery();
    for (String pair : query.split("&")) {
      if (pair.startsWith("registration=")) {
        return URLDecoder.decode(pair.substring("registration=".length()), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no registration in " + url);
  }

  private WebElement waitFor(By by) {
    return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private void waitForHeading(String heading) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("heading"), heading));
  }

  // --- the script ---

  static JsonObject script(BuiltInPackage module) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(module.zip()))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        if (entry.getName().equals("script.json")) {
          try (JsonReader reader = Json.createReader(new ByteArrayInputStream(zip.readAllBytes()))) {
            return reader.readObject();
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError(module.slug() + " has no script.json");
  }

  private static String text(JsonObject o, String key, String language) {
    return o.getJsonObject(key).getString(language);
  }

  private static String choice(JsonArray choices, String flag) {
    return choices.stream().map(JsonObject.class::cast).filter(c -> c.getBoolean(flag, false))
        .map(c -> c.getString("id")).findFirst().orElseThrow();
  }

  private static JsonObject byId(JsonArray choices, String id) {
    return choices.stream().map(JsonObject.class::cast).filter(c -> c.getString("id").equals(id)).findFirst().orElseThrow();
  }

  private static int scenarios(JsonObject script) {
    return (int) script.getJsonArray("screens").stream().map(JsonObject.class::cast)
        .filter(s -> "scenario".equals(s.getString("kind"))).count();
  }

  private static int questions(JsonObject script) {
    return script.getJsonArray("screens").stream().map(JsonObject.class::cast)
        .filter(s -> "check".equals(s.getString("kind"))).mapToInt(s -> s.getJsonArray("questions").size()).sum();
  }
}
