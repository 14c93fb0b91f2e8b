package org.awarehouse.it;

import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Tests in headless Chromium against the simulated LMS's course page, and the frames a launch
 * nests in it: the LMS page frames the tool ({@code tool}), whose player frames the runtime
 * adapter on the content origin ({@code adapter}), which frames the package's content
 * ({@code content}).
 */
abstract class BrowserItBase extends PackageItBase {
  ChromeDriver browser;
  BrowserPlatform lms;

  @BeforeEach
  void openBrowser() {
    lms = new BrowserPlatform(platform, "http://localhost:8180/lti/login", TARGET);
    browser = Browser.blockingThirdPartyCookies();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** Runs the steps inside the tool's frame. */
  void inTool(Runnable steps) {
    inFrames(() -> {
      steps.run();
      return null;
    }, "tool");
  }

  /** Runs the steps inside the runtime adapter's frame. */
  void inAdapter(Runnable steps) {
    inFrames(() -> {
      steps.run();
      return null;
    }, "tool", "adapter");
  }

  /** Runs the steps inside the content's frame (a SCO or an AU) and returns what they return. */
  <T> T inContent(Supplier<T> steps) {
    return inFrames(steps, "tool", "adapter", "content");
  }

  void inContent(Runnable steps) {
    inContent(() -> {
      steps.run();
      return null;
    });
  }

  private <T> T inFrames(Supplier<T> steps, String... frames) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    for (String frame : frames) {
      wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(frame));
    }
    try {
      return steps.get();
    } finally {
      browser.switchTo().defaultContent();
    }
  }
}
