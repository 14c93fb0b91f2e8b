package org.awarehouse.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * A cmi5 course in a browser, launched from an LMS page: the first AU (AnyWindow) plays in the
 * adapter's frame on the content origin and talks to the LRS on the tool's origin across origins;
 * the second (OwnWindow) opens in a window of its own. Both done satisfy the block and the course.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class Cmi5BrowserIT extends BrowserItBase {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Test
  void bothAusArePlayedAndTheCourseIsSatisfied() {
    String pkg = published(TestPackages.CMI5_BASIC);
    lms.claims = auth -> platform.resourceLinkClaims(auth, TARGET).subject("cmi5-learner")
        .claim(PlatformSimulator.LTI + "custom", Map.of("module", "package:" + pkg)).build();

    browser.get(lms.courseUrl());
    inContent(this::completePassAndFinish);

    // the first AU is done, so the player opens the second, which wants a window of its own
    browser.get(lms.courseUrl());
    String lmsWindow = browser.getWindowHandle();
    inAdapter(() -> {
      new WebDriverWait(browser, Duration.ofSeconds(20))
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "window of its own"));
      if (browser.getWindowHandles().size() == 1) {
        browser.findElement(By.linkText("Open the module")).click(); // the pop-up was blocked
      }
    });
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getWindowHandles().size() > 1);
    Set<String> windows = browser.getWindowHandles();
    windows.remove(lmsWindow);
    browser.switchTo().window(windows.iterator().next());
    assertTrue(browser.getCurrentUrl().contains("/au2/index.html?level=2&endpoint="), browser.getCurrentUrl());
    completePassAndFinish();

    String course = "http://localhost:8180/xapi/activities/packages/" + pkg;
    List<String> satisfied = statements("https://w3id.org/xapi/adl/verbs/satisfied", "object.id");
    assertEquals(2, satisfied.size(), satisfied.toString());
    assertTrue(satisfied.contains(course));
    assertEquals(2, statements(VERBS + "launched", "id").size());
    assertEquals(2, statements(VERBS + "terminated", "id").size());
  }

  private void completePassAndFinish() {
    waitForState("initialized");
    assertEquals("Normal", browser.findElement(By.id("mode")).getText());
    browser.findElement(By.id("complete")).click();
    waitForState("completed");
    browser.findElement(By.id("pass")).click();
    waitForState("passed");
    browser.findElement(By.id("finish")).click();
    waitForState("terminated");
  }

  private List<String> statements(String verb, String property) {
    return reader().queryParam("verb", verb).get("xapi/statements").then()
        .statusCode(200).extract().jsonPath().getList("statements." + property, String.class);
  }

  private void waitForState(String state) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBe(By.id("state"), state));
  }
}
