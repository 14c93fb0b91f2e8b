package org.awarehouse.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The WCAG 2.1 A and AA rules of axe-core, run on the page (or frame) the browser is on. The
 * script comes from Deque's axe-core jar; it is injected once per page.
 */
final class Accessibility {
  private static final String AXE = script();

  private Accessibility() {}

  /** One line per violation: the rule, what it asks, and the elements that break it. */
  @SuppressWarnings("unchecked")
  static List<String> violations(ChromeDriver browser) {
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    if (Boolean.TRUE.equals(browser.executeScript("return typeof window.axe === 'undefined'"))) {
      browser.executeScript(AXE);
    }
    return (List<String>) browser.executeAsyncScript("""
        var done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
          .then(function (result) {
            done(result.violations.map(function (v) {
              return v.id + ': ' + v.help + ' at ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ');
            }));
          }, function (error) { done(['axe could not run: ' + error]); });
        """);
  }

  private static String script() {
    try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream("axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
