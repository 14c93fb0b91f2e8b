package org.awarehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The LTI flows in a real headless Chromium that blocks third-party cookies: the tool runs in the
 * simulated course's iframe on another site (127.0.0.1 embeds localhost), so its state cookie
 * never arrives and platform storage must carry the login.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT extends BrowserItBase {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Test
  void aLearnerLaunchesThroughPlatformStorageWhenCookiesAreBlocked() {
    lms.claims = auth -> platform.resourceLinkClaims(auth, TARGET).build();
    browser.get(lms.courseUrl());
    inTool(() -> {
      waitFor(By.tagName("h1"), "Herken het, meld het");
      assertTrue(browser.findElement(By.id("adapter")).isDisplayed(), "the player holds the module");
    });
    assertEquals(List.of("lti.put_data", "lti.get_data"), storageLog(),
        "the cookie was blocked, so the launch read its binding back from platform storage");
  }

  /** The storage frame may load after the tool's login page: the page keeps asking until it answers. */
  @Test
  void aStorageFrameThatLoadsLateStillBindsTheLogin() {
    lms.storageFrameDelayMillis = 1500;
    lms.claims = auth -> platform.resourceLinkClaims(auth, TARGET).build();
    browser.get(lms.courseUrl());
    inTool(() -> waitFor(By.tagName("h1"), "Herken het, meld het"));
    assertEquals(List.of("lti.put_data", "lti.get_data"), storageLog());
  }

  @Test
  void anInstructorFiltersThePickerAndReturnsTheChosenModule() throws Exception {
    lms.claims = auth -> platform.deepLinkingClaims(auth, List.of("ltiResourceLink"), true).build();
    browser.get(lms.courseUrl());
    inTool(() -> {
      waitFor(By.tagName("h1"), "Add modules");
      assertEquals(8, visibleModules().size());
      new Select(browser.findElement(By.id("filter-audience"))).selectByValue("finance");
      List<WebElement> shown = visibleModules();
      assertEquals(1, shown.size());
      assertTrue(shown.get(0).getText().contains("finance"));
      assertTrue(browser.findElement(By.id("filter-status")).getText().startsWith("1 "));
      shown.get(0).findElement(By.tagName("input")).click();
      browser.findElement(By.cssSelector("button[type=submit]")).click();
      waitFor(By.tagName("h1"), "Received");
    });
    var items = SignedJWT.parse(lms.returnedJwt).getJWTClaimsSet()
        .getListClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
    assertEquals(1, items.size());
    assertEquals("invoice-fraud", ((Map<?, ?>) ((Map<?, ?>) items.get(0)).get("custom")).get("module"));
  }

  @Test
  void anInstructorOpensTheCourseOverviewFromTheLaunchPage() {
    launchAsInstructor();
    inTool(() -> {
      waitFor(By.tagName("h1"), "Spot it, report it");
      browser.findElement(By.cssSelector("form[action='/lti/console'] button")).click();
      waitFor(By.tagName("h1"), "Course overview: Security basics");
      assertFalse(browser.findElement(By.tagName("table")).getText().isBlank());
    });
  }

  @Test
  void anInstructorTriesTheModuleFromTheLaunchPage() {
    launchAsInstructor();
    inTool(() -> {
      waitFor(By.tagName("h1"), "Spot it, report it");
      browser.findElement(By.cssSelector("form[action='/lti/launch/try'] button")).click();
      waitFor(By.tagName("header"), "Preview: nothing you do here is recorded or counts towards a grade.");
      assertEquals("Spot it, report it", browser.findElement(By.tagName("h1")).getText());
      assertTrue(browser.findElement(By.id("adapter")).isDisplayed(), "the player holds the module");
    });
  }

  /** An instructor's launch of the course's module, in English: the module's page, in the course's frame. */
  private void launchAsInstructor() {
    lms.claims = auth -> platform.resourceLinkClaims(auth, TARGET)
        .claim(PlatformSimulator.LTI + "roles", List.of(LtiPagesIT.INSTRUCTOR))
        .claim(PlatformSimulator.LTI + "launch_presentation", Map.of("locale", "en-GB"))
        .build();
    browser.get(lms.courseUrl());
  }

  private List<WebElement> visibleModules() {
    return browser.findElements(By.cssSelector("label.module")).stream().filter(WebElement::isDisplayed).toList();
  }

  private void waitFor(By locator, String text) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
  }

  @SuppressWarnings("unchecked")
  private List<String> storageLog() {
    browser.switchTo().frame(BrowserPlatform.STORAGE_FRAME);
    try {
      return (List<String>) browser.executeScript("return window.log;");
    } finally {
      browser.switchTo().defaultContent();
    }
  }
}
