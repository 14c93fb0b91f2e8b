package org.awarehouse.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awarehouse.content.control.importing.TestPackages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Packages played in headless Chromium as a learner meets them: the LMS course page frames the
 * tool's player (localhost), which frames the runtime adapter on the content origin (127.0.0.1),
 * which frames the package's SCO. The SCO finds the SCORM API by walking up its frames.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlayerBrowserIT extends BrowserItBase {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  /** Publishes a test package, and makes the LMS's course link launch it. */
  String linked(String name) {
    String id = published(name);
    lms.claims = auth -> platform.resourceLinkClaims(auth, TARGET).subject("player-learner")
        .claim(PlatformSimulator.LTI + "custom", Map.of("module", "package:" + id)).build();
    return id;
  }

  @Test
  void aScorm12PackageIsSuspendedResumedAndPassedThroughTheLaunch() {
    String pkg = linked(TestPackages.SCORM12_SINGLE);
    playAndSuspend();
    resumeAndPass();
    assertEquals(List.of("initialized", "suspended", "resumed", "answered", "completed", "passed", "completed", "passed",
        "terminated"), verbsWhenSettled(pkg, 9));
  }

  @Test
  void aScorm2004PackageIsSuspendedResumedAndPassedThroughTheLaunch() {
    String pkg = linked(TestPackages.SCORM2004_SINGLE);
    playAndSuspend();
    resumeAndPass();
    assertEquals(List.of("initialized", "suspended", "resumed", "answered", "completed", "passed", "completed", "passed",
        "terminated"), verbsWhenSettled(pkg, 9));
    JsonPath progress = as(admin).queryParam("activity", "http://localhost:8180/xapi/activities/packages/" + pkg)
        .get("api/xapi/progress").then().statusCode(200).extract().jsonPath();
    assertEquals(true, progress.getBoolean("[0].passed"));
    assertEquals(0.9, progress.getDouble("[0].scoreScaled"), 1e-9);
  }

  /** Closing the window without finishing still saves: the adapter's beacon carries the data. */
  @Test
  void closingTheWindowMidwayKeepsTheLearnersPlace() {
    linked(TestPackages.SCORM2004_SINGLE);
    browser.get(lms.courseUrl());
    inContent(() -> {
      waitForState("initialized");
      browser.findElement(By.id("progress")).click();
      waitForState("progressed");
    });
    browser.get("about:blank"); // the learner leaves: the adapter's pagehide sends the beacon
    browser.get(lms.courseUrl());
    inContent(() -> {
      waitForState("initialized");
      assertEquals("page-2", browser.findElement(By.id("location")).getText());
    });
  }

  /** DESIGN: content runs on its own origin, so a package's script cannot reach the tool's pages. */
  @Test
  void contentOnTheContentOriginCannotReadThePlayersCredentials() {
    linked(TestPackages.SCORM2004_SINGLE);
    browser.get(lms.courseUrl());
    inContent(() -> {
      waitForState("initialized");
      Object read = browser.executeScript("""
          try { return 'read:' + window.parent.parent.document
              .querySelector('meta[name=awarehouse-page-token]').content; }
          catch (e) { return 'blocked:' + e.name; }""");
      assertEquals("blocked:SecurityError", read);
      assertEquals("", browser.executeScript("return document.cookie;"));
      Object player = browser.executeScript("""
          try { return 'read:' + window.top.location.href; } catch (e) { return 'blocked:' + e.name; }""");
      assertEquals("blocked:SecurityError", player);
    });
  }

  private void playAndSuspend() {
    browser.get(lms.courseUrl());
    inContent(() -> {
      waitForState("initialized");
      assertEquals("ab-initio", browser.findElement(By.id("entry")).getText());
      browser.findElement(By.id("progress")).click();
      waitForState("progressed");
      browser.findElement(By.id("suspend")).click();
      waitForState("terminated");
    });
  }

  private void resumeAndPass() {
    browser.get(lms.courseUrl());
    inContent(() -> {
      waitForState("initialized");
      assertEquals("resume", browser.findElement(By.id("entry")).getText());
      assertEquals("page-2", browser.findElement(By.id("location")).getText());
      assertEquals("seen=1,2", browser.findElement(By.id("suspend-data")).getText());
      browser.findElement(By.id("answer")).click();
      waitForState("answered");
      browser.findElement(By.id("pass")).click();
      waitForState("passed");
      browser.findElement(By.id("finish")).click();
      waitForState("terminated");
    });
  }

  /** Commits are asynchronous: waits until the store holds the expected number of statements. */
  private List<String> verbsWhenSettled(String pkg, int expected) {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    List<String> verbs;
    do {
      verbs = verbsFor(pkg);
    } while (verbs.size() < expected && System.nanoTime() < deadline && pause());
    return verbs;
  }

  private static boolean pause() {
    try {
      Thread.sleep(200);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void waitForState(String state) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), state));
  }
}
