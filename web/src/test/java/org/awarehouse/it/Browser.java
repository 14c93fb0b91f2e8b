package org.awarehouse.it;

import java.io.File;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium through its own chromedriver (no driver download), set up like a
 * privacy-minded learner's browser: third-party cookies blocked, as Safari and Firefox do by
 * default and Chrome does on request.
 */
final class Browser {
  static final String CHROMIUM = System.getProperty("awarehouse.it.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER = System.getProperty("awarehouse.it.chromedriver", "/usr/bin/chromedriver");

  private Browser() {}

  static ChromeDriver blockingThirdPartyCookies() {
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      throw new IllegalStateException("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
          + " (Debian packages chromium and chromium-driver; the build installs them when it runs as root).");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1280,900");
    // 1 = block third-party cookies (the "cookie controls" setting of chrome://settings/cookies)
    options.setExperimentalOption("prefs", Map.of(
        "profile.cookie_controls_mode", 1, "profile.block_third_party_cookies", true));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER))
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }
}
