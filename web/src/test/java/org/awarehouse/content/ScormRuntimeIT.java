package org.awarehouse.content;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The SCORM runtime adapter (src/main/resources/runtime/scorm-runtime.js) in headless Chromium,
 * driven through src/test/browser/runtime-harness.html from a file URL: no server, because the
 * adapter talks to the server only through the commit callback the harness records.
 *
 * <p>Most tests are tables of calls with the result and error code each must give; the codes are
 * those of SCORM 1.2 RTE 3.3.3 and SCORM 2004 4th ed. RTE 3.1.7.
 */
class ScormRuntimeIT {
  static final String CHROMIUM = System.getProperty("awarehouse.it.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER = System.getProperty("awarehouse.it.chromedriver", "/usr/bin/chromedriver");

  static ChromeDriver browser;

  @BeforeAll
  static void openBrowser() {
    browser = newBrowser();
  }

  private static ChromeDriver newBrowser() {
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      throw new IllegalStateException("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    // short timeouts: a wedged navigation fails in seconds and the test starts a fresh browser,
    // rather than waiting out the client's three minutes
    ChromeDriver driver = new ChromeDriver(service, options,
        org.openqa.selenium.remote.http.ClientConfig.defaultConfig().readTimeout(Duration.ofSeconds(30)));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(15));
    return driver;
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void loadHarness() {
    String basedir = System.getProperty("basedir", System.getProperty("user.dir"));
    Path harness = Path.of(basedir, "src", "test", "browser", "runtime-harness.html");
    if (!harness.toFile().exists()) {
      harness = Path.of(basedir, "web", "src", "test", "browser", "runtime-harness.html");
    }
    // Via about:blank, so that each test gets a new document rather than a reload of the last
    // one, and only once the harness script has run.
    for (int attempt = 1; ; attempt++) {
      try {
        browser.get("about:blank");
        browser.get(harness.toUri().toString());
        new WebDriverWait(browser, Duration.ofSeconds(10))
            .until(d -> Boolean.TRUE.equals(js("return typeof window.harness === 'object';")));
        return;
      } catch (org.openqa.selenium.WebDriverException e) {
        // a CI run once saw headless Chromium never finish loading this local file; a new
        // browser loads it, and a second failure is a real one
        if (attempt == 2) {
          throw e;
        }
        browser.quit();
        browser = newBrowser();
      }
    }
  }

  // ---- API discovery ----

  @Test
  void aScoInANestedFrameFindsTheApiByWalkingItsParents() {
    start("2004", Map.of("cmi.learner_id", "learner-7"));
    // The SCO's own frame holds another frame, as content players with a frameset do; the
    // innermost one walks window.parent (2004 RTE 3.1.3.1) and talks to what it finds.
    Object found = js("""
        const outer = document.createElement('iframe');
        document.body.appendChild(outer);
        const inner = outer.contentDocument.createElement('iframe');
        outer.contentDocument.body.appendChild(inner);
        const w = inner.contentWindow;
        let win = w, hops = 0;
        while (!win.API_1484_11 && win.parent && win.parent !== win && hops < 7) { win = win.parent; hops++; }
        const api = win.API_1484_11;
        return [hops, api.Initialize(''), api.GetValue('cmi.learner_id'), w.API_1484_11 === undefined];
        """);
    assertEquals(List.of(2L, "true", "learner-7", true), found);
  }

  @Test
  void aScorm12ScoFindsApiAndNotTheOtherVersion() {
    start("1.2", Map.of("cmi.core.student_id", "learner-7"));
    Object found = js("""
        const frame = document.createElement('iframe');
        document.body.appendChild(frame);
        const p = frame.contentWindow.parent;
        return [typeof p.API.LMSInitialize, p.API_1484_11 === undefined, p.API.LMSInitialize(''),
                p.API.LMSGetValue('cmi.core.student_id')];
        """);
    assertEquals(List.of("function", true, "true", "learner-7"), found);
  }

  // ---- session state (2004 RTE 3.1.6) ----

  @Test
  void scorm2004CallsOutsideARunningSessionGiveTheirStateErrors() {
    start("2004", Map.of());
    check(
        row("", 122, "GetValue", "cmi.location"),
        row("false", 132, "SetValue", "cmi.location", "x"),
        row("false", 142, "Commit", ""),
        row("false", 112, "Terminate", ""),
        row("false", 201, "Initialize", "not empty"),
        row("true", 0, "Initialize", ""),
        row("false", 103, "Initialize", ""),
        row("false", 201, "Commit", "x"),
        row("false", 201, "Terminate", "x"),
        row("true", 0, "Commit", ""),
        row("true", 0, "Terminate", ""),
        row("false", 113, "Terminate", ""),
        row("", 123, "GetValue", "cmi.location"),
        row("false", 133, "SetValue", "cmi.location", "x"),
        row("false", 143, "Commit", ""),
        row("false", 104, "Initialize", ""));
    // The error functions report without changing the error (RTE 3.1.4.4-6).
    assertEquals(List.of("104", "Content Instance Terminated", "", "104"), js("""
        const a = harness.api;
        return [a.GetLastError(), a.GetErrorString('104'), a.GetErrorString('999'), a.GetLastError()];
        """));
  }

  @Test
  void scorm12CallsOutsideARunningSessionGiveTheirStateErrors() {
    start("1.2", Map.of());
    check(
        row("", 301, "LMSGetValue", "cmi.core.lesson_location"),
        row("false", 301, "LMSSetValue", "cmi.core.lesson_location", "x"),
        row("false", 301, "LMSCommit", ""),
        row("false", 301, "LMSFinish", ""),
        row("false", 201, "LMSInitialize", "x"),
        row("true", 0, "LMSInitialize", ""),
        row("false", 101, "LMSInitialize", ""),
        row("true", 0, "LMSFinish", ""),
        row("", 301, "LMSGetValue", "cmi.core.lesson_location"),
        row("false", 301, "LMSFinish", ""));
    assertEquals(List.of("Not initialized", "Incorrect data type", ""), js("""
        const a = harness.api;
        return [a.LMSGetErrorString('301'), a.LMSGetErrorString('405'), a.LMSGetErrorString('7')];
        """));
  }

  // ---- 2004 data model rules (RTE 4.1.1 and 4.2) ----

  @Test
  void scorm2004DataModelAccessAndTypeRules() {
    start("2004", Map.of("cmi.learner_id", "learner-7", "cmi.mode", "normal"));
    check(row("true", 0, "Initialize", ""),
        // element names
        row("", 301, "GetValue", ""),
        row("false", 351, "SetValue", "", "x"),
        row("", 401, "GetValue", "cmi.nonsense"),
        row("false", 401, "SetValue", "cmi.core.lesson_location", "1.2 name"),
        // keywords
        row("1.0", 0, "GetValue", "cmi._version"),
        row("scaled,raw,min,max", 0, "GetValue", "cmi.score._children"),
        row("audio_level,language,delivery_speed,audio_captioning", 0, "GetValue", "cmi.learner_preference._children"),
        row("0", 0, "GetValue", "cmi.objectives._count"),
        row("", 301, "GetValue", "cmi.location._children"),
        row("", 301, "GetValue", "cmi.location._count"),
        row("false", 404, "SetValue", "cmi.objectives._count", "1"),
        row("false", 404, "SetValue", "cmi._version", "2.0"),
        // read-only and write-only
        row("false", 404, "SetValue", "cmi.learner_id", "someone-else"),
        row("false", 404, "SetValue", "cmi.total_time", "PT1H"),
        row("false", 404, "SetValue", "cmi.mode", "review"),
        row("false", 404, "SetValue", "adl.nav.request_valid.continue", "true"),
        row("true", 0, "SetValue", "cmi.exit", "suspend"),
        row("", 405, "GetValue", "cmi.exit"),
        row("true", 0, "SetValue", "cmi.session_time", "PT1H30M5.25S"),
        row("", 405, "GetValue", "cmi.session_time"),
        // values not initialized and defaults
        row("", 403, "GetValue", "cmi.location"),
        row("", 403, "GetValue", "cmi.score.raw"),
        row("unknown", 0, "GetValue", "cmi.completion_status"),
        row("credit", 0, "GetValue", "cmi.credit"),
        row("PT0H0M0S", 0, "GetValue", "cmi.total_time"),
        row("continue,no message", 0, "GetValue", "cmi.time_limit_action"),
        row("1", 0, "GetValue", "cmi.learner_preference.audio_level"),
        // type mismatch (406) and range (407)
        row("false", 406, "SetValue", "cmi.completion_status", "done"),
        row("false", 406, "SetValue", "cmi.success_status", "completed"),
        row("false", 406, "SetValue", "cmi.exit", "quit"),
        row("false", 406, "SetValue", "cmi.session_time", "01:30:00"),
        row("false", 406, "SetValue", "cmi.session_time", "PT"),
        row("false", 406, "SetValue", "cmi.session_time", "P1DT"),
        row("true", 0, "SetValue", "cmi.session_time", "P1DT2H"),
        row("false", 406, "SetValue", "cmi.score.raw", "eighty"),
        row("true", 0, "SetValue", "cmi.score.raw", "-12.5"),
        row("false", 407, "SetValue", "cmi.score.scaled", "1.01"),
        row("false", 407, "SetValue", "cmi.score.scaled", "-1.5"),
        row("true", 0, "SetValue", "cmi.score.scaled", "-1"),
        row("false", 406, "SetValue", "cmi.score.scaled", "high"),
        row("false", 407, "SetValue", "cmi.progress_measure", "1.2"),
        row("false", 407, "SetValue", "cmi.learner_preference.audio_level", "-1"),
        row("false", 407, "SetValue", "cmi.learner_preference.audio_captioning", "2"),
        row("false", 406, "SetValue", "cmi.learner_preference.language", "not a language"),
        row("true", 0, "SetValue", "cmi.learner_preference.language", "en-GB"),
        row("false", 406, "SetValue", "cmi.location", "x".repeat(1001)),
        row("true", 0, "SetValue", "cmi.location", "x".repeat(1000)),
        // navigation requests (RTE 4.4)
        row("_none_", 0, "GetValue", "adl.nav.request"),
        row("true", 0, "SetValue", "adl.nav.request", "{target=module-2}choice"),
        row("true", 0, "SetValue", "adl.nav.request", "exitAll"),
        row("false", 406, "SetValue", "adl.nav.request", "sideways"),
        row("unknown", 0, "GetValue", "adl.nav.request_valid.continue"),
        row("unknown", 0, "GetValue", "adl.nav.request_valid.choice.{target=module-2}"));
  }

  @Test
  void scorm2004RecordsAreAppendedInOrderAndStartWithTheirId() {
    start("2004", Map.of());
    check(row("true", 0, "Initialize", ""),
        row("false", 351, "SetValue", "cmi.objectives.1.id", "obj-b"),
        row("false", 408, "SetValue", "cmi.objectives.0.success_status", "passed"),
        row("false", 408, "SetValue", "cmi.objectives.0.score.scaled", "0.5"),
        row("true", 0, "SetValue", "cmi.objectives.0.id", "obj-a"),
        row("1", 0, "GetValue", "cmi.objectives._count"),
        row("unknown", 0, "GetValue", "cmi.objectives.0.success_status"),
        row("", 403, "GetValue", "cmi.objectives.0.score.scaled"),
        row("", 301, "GetValue", "cmi.objectives.1.id"),
        row("true", 0, "SetValue", "cmi.objectives.0.success_status", "passed"),
        row("false", 351, "SetValue", "cmi.objectives.1.id", "obj-a"),
        row("false", 351, "SetValue", "cmi.objectives.0.id", "obj-renamed"),
        row("true", 0, "SetValue", "cmi.objectives.0.id", "obj-a"),
        row("false", 406, "SetValue", "cmi.objectives.1.id", ""),
        row("scaled,raw,min,max", 0, "GetValue", "cmi.objectives.0.score._children"),
        // interactions: id first, type before responses, nested arrays after their interaction
        row("false", 408, "SetValue", "cmi.interactions.0.type", "choice"),
        row("false", 408, "SetValue", "cmi.interactions.0.objectives.0.id", "obj-a"),
        row("true", 0, "SetValue", "cmi.interactions.0.id", "q1"),
        row("false", 408, "SetValue", "cmi.interactions.0.learner_response", "a"),
        row("false", 408, "SetValue", "cmi.interactions.0.correct_responses.0.pattern", "a"),
        row("true", 0, "SetValue", "cmi.interactions.0.type", "choice"),
        row("true", 0, "SetValue", "cmi.interactions.0.objectives.0.id", "obj-a"),
        row("false", 351, "SetValue", "cmi.interactions.0.objectives.1.id", "obj-a"),
        row("false", 351, "SetValue", "cmi.interactions.0.objectives.3.id", "obj-c"),
        row("1", 0, "GetValue", "cmi.interactions.0.objectives._count"),
        row("", 301, "GetValue", "cmi.interactions.4.objectives._count"),
        row("true", 0, "SetValue", "cmi.interactions.0.timestamp", "2026-11-22T08:15:30.5Z"),
        row("false", 406, "SetValue", "cmi.interactions.0.timestamp", "22/11/2026"),
        row("false", 406, "SetValue", "cmi.interactions.0.timestamp", "2026-13-01"),
        row("true", 0, "SetValue", "cmi.interactions.0.result", "incorrect"),
        row("true", 0, "SetValue", "cmi.interactions.0.result", "0.75"),
        row("false", 406, "SetValue", "cmi.interactions.0.result", "wrong"),
        row("true", 0, "SetValue", "cmi.interactions.0.latency", "PT12S"),
        row("true", 0, "SetValue", "cmi.interactions.0.weighting", "2"),
        row("true", 0, "SetValue", "cmi.interactions.0.description", "{lang=en}Which colour?"),
        row("{lang=en}Which colour?", 0, "GetValue", "cmi.interactions.0.description"),
        row("true", 0, "SetValue", "cmi.comments_from_learner.0.comment", "Nice module"),
        row("1", 0, "GetValue", "cmi.comments_from_learner._count"),
        row("", 403, "GetValue", "cmi.comments_from_learner.0.location"),
        row("false", 404, "SetValue", "cmi.comments_from_lms.0.comment", "no"));
  }

  @Test
  void scorm2004InteractionResponsesFollowTheirTypesPatterns() {
    // [type, value, is it a valid correct_responses pattern?, a valid learner_response?]
    List<List<Object>> cases = List.of(
        List.of("true-false", "true", true, true),
        List.of("true-false", "yes", false, false),
        List.of("choice", "a[,]c", true, true),
        List.of("choice", "a[,]a", false, false),
        List.of("choice", "a b", false, false),
        List.of("fill-in", "{case_matters=true}{order_matters=false}red[,]blue", true, false),
        List.of("fill-in", "{lang=en}colour", true, true),
        List.of("fill-in", "x".repeat(251), false, false),
        List.of("long-fill-in", "{case_matters=false}" + "y".repeat(4000), true, false),
        List.of("long-fill-in", "y".repeat(4001), false, false),
        List.of("likert", "strongly_agree", true, true),
        List.of("likert", "agree[,]disagree", false, false),
        List.of("matching", "tile1[.]target3[,]tile2[.]target1", true, true),
        List.of("matching", "tile1-target3", false, false),
        List.of("performance", "{order_matters=true}step1[.]open[,]step2[.]2.5[:]3", true, false),
        List.of("performance", "step1[.]open[,][.]42", true, true),
        List.of("performance", "[.]", false, false),
        List.of("sequencing", "c[,]a[,]b", true, true),
        List.of("sequencing", "c[,][,]b", false, false),
        List.of("numeric", "10[:]20", true, false),
        List.of("numeric", "[:]20", true, false),
        List.of("numeric", "20[:]10", false, false),
        List.of("numeric", "15.5", false, true),
        List.of("numeric", "fifteen", false, false),
        List.of("other", "anything at all", true, true),
        List.of("other", "z".repeat(4001), false, false));
    start("2004", Map.of());
    js("harness.api.Initialize('');");
    List<Executable> checks = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      List<Object> c = cases.get(i);
      String prefix = "cmi.interactions." + i + ".";
      List<List<Object>> results = run(List.of(
          List.of("SetValue", prefix + "id", "interaction-" + i),
          List.of("SetValue", prefix + "type", c.get(0)),
          List.of("SetValue", prefix + "correct_responses.0.pattern", c.get(1)),
          List.of("SetValue", prefix + "learner_response", c.get(1))));
      String label = c.get(0) + " " + abbreviate(c.get(1));
      checks.add(() -> assertEquals(List.of("true", "0"), results.get(1), label + " type"));
      checks.add(() -> assertEquals(expected(c.get(2)), results.get(2), label + " as pattern"));
      checks.add(() -> assertEquals(expected(c.get(3)), results.get(3), label + " as learner response"));
    }
    assertAll(checks);
  }

  @Test
  void singlePatternTypesAndChoicePatternsLimitTheirCorrectResponses() {
    start("2004", Map.of());
    check(row("true", 0, "Initialize", ""),
        row("true", 0, "SetValue", "cmi.interactions.0.id", "tf"),
        row("true", 0, "SetValue", "cmi.interactions.0.type", "true-false"),
        row("true", 0, "SetValue", "cmi.interactions.0.correct_responses.0.pattern", "true"),
        row("false", 351, "SetValue", "cmi.interactions.0.correct_responses.1.pattern", "false"),
        row("true", 0, "SetValue", "cmi.interactions.1.id", "mc"),
        row("true", 0, "SetValue", "cmi.interactions.1.type", "choice"),
        row("true", 0, "SetValue", "cmi.interactions.1.correct_responses.0.pattern", "a[,]b"),
        row("false", 351, "SetValue", "cmi.interactions.1.correct_responses.1.pattern", "a[,]b"),
        row("true", 0, "SetValue", "cmi.interactions.1.correct_responses.1.pattern", "c"),
        row("2", 0, "GetValue", "cmi.interactions.1.correct_responses._count"),
        row("c", 0, "GetValue", "cmi.interactions.1.correct_responses.1.pattern"));
  }

  @Test
  void suspendDataIsStoredUpToItsLimitAndRefusedBeyond() {
    start("2004", Map.of());
    check(row("true", 0, "Initialize", ""),
        row("true", 0, "SetValue", "cmi.suspend_data", "s".repeat(64000)),
        row("false", 406, "SetValue", "cmi.suspend_data", "s".repeat(64001)));
    assertEquals(64000L, js("return harness.api.GetValue('cmi.suspend_data').length;"));
    start("1.2", Map.of());
    check(row("true", 0, "LMSInitialize", ""),
        row("true", 0, "LMSSetValue", "cmi.suspend_data", "s".repeat(4096)),
        row("false", 405, "LMSSetValue", "cmi.suspend_data", "s".repeat(4097)),
        row("false", 405, "LMSSetValue", "cmi.core.lesson_location", "l".repeat(256)));
  }

  // ---- 2004 status evaluation (RTE 4.2.4.1 and 4.2.22.1) ----

  @Test
  void completionAndSuccessAreEvaluatedAgainstTheManifestsThresholds() {
    // [initial threshold or passing score, what the SCO sets, element read, expected]
    List<List<Object>> cases = List.of(
        List.of(Map.of(), Map.of("cmi.completion_status", "incomplete"), "cmi.completion_status", "incomplete"),
        List.of(Map.of(), Map.of("cmi.progress_measure", "1"), "cmi.completion_status", "unknown"),
        List.of(Map.of("cmi.completion_threshold", "0.8"), Map.of("cmi.progress_measure", "0.8"),
            "cmi.completion_status", "completed"),
        List.of(Map.of("cmi.completion_threshold", "0.8"),
            Map.of("cmi.progress_measure", "0.5", "cmi.completion_status", "completed"),
            "cmi.completion_status", "incomplete"),
        List.of(Map.of("cmi.completion_threshold", "0.8"), Map.of("cmi.completion_status", "completed"),
            "cmi.completion_status", "unknown"),
        List.of(Map.of(), Map.of("cmi.success_status", "failed"), "cmi.success_status", "failed"),
        List.of(Map.of("cmi.scaled_passing_score", "0.7"), Map.of("cmi.score.scaled", "0.7"),
            "cmi.success_status", "passed"),
        List.of(Map.of("cmi.scaled_passing_score", "0.7"),
            Map.of("cmi.score.scaled", "0.69", "cmi.success_status", "passed"), "cmi.success_status", "failed"),
        List.of(Map.of("cmi.scaled_passing_score", "0.7"), Map.of("cmi.success_status", "passed"),
            "cmi.success_status", "unknown"),
        List.of(Map.of("cmi.scaled_passing_score", "-0.5"), Map.of("cmi.score.scaled", "-0.25"),
            "cmi.success_status", "passed"));
    List<Executable> checks = new ArrayList<>();
    for (List<Object> c : cases) {
      @SuppressWarnings("unchecked")
      Map<String, String> initial = (Map<String, String>) c.get(0);
      @SuppressWarnings("unchecked")
      Map<String, String> sets = (Map<String, String>) c.get(1);
      start("2004", initial);
      List<List<Object>> calls = new ArrayList<>();
      calls.add(List.of("Initialize", ""));
      sets.forEach((element, value) -> calls.add(List.of("SetValue", element, value)));
      calls.add(List.of("GetValue", c.get(2)));
      List<List<Object>> results = run(calls);
      checks.add(() -> assertEquals(List.of(c.get(3), "0"), results.get(results.size() - 1), initial + " " + sets));
    }
    assertAll(checks);
  }

  @Test
  void theEvaluatedStatusTravelsWithTheProgressThatDecidedIt() {
    start("2004", Map.of("cmi.completion_threshold", "0.6", "cmi.scaled_passing_score", "0.5"));
    run(List.of(List.of("Initialize", ""), List.of("SetValue", "cmi.progress_measure", "0.75"),
        List.of("SetValue", "cmi.score.scaled", "0.4"), List.of("Commit", "")));
    assertEquals(Map.of("cmi.progress_measure", "0.75", "cmi.completion_status", "completed",
        "cmi.score.scaled", "0.4", "cmi.success_status", "failed"), payloads().get(0).get("data"));
  }

  // ---- 1.2 data model rules (RTE 3.4) ----

  @Test
  void scorm12DataModelAccessAndTypeRules() {
    start("1.2", Map.of("cmi.core.student_id", "learner-7", "cmi.core.student_name", "Doe, Jane",
        "cmi.core.credit", "credit", "cmi.core.lesson_mode", "normal", "cmi.launch_data", "level=2"));
    check(row("true", 0, "LMSInitialize", ""),
        row("", 201, "LMSGetValue", ""),
        row("", 201, "LMSGetValue", "cmi.core.nonsense"),
        row("false", 201, "LMSSetValue", "cmi.location", "a 2004 name"),
        row("3.4", 0, "LMSGetValue", "cmi._version"),
        row("raw,min,max", 0, "LMSGetValue", "cmi.core.score._children"),
        row("audio,language,speed,text", 0, "LMSGetValue", "cmi.student_preference._children"),
        row("", 202, "LMSGetValue", "cmi.core.lesson_location._children"),
        row("", 203, "LMSGetValue", "cmi.core._count"),
        row("false", 402, "LMSSetValue", "cmi.core._children", "x"),
        row("false", 402, "LMSSetValue", "cmi.interactions._count", "3"),
        // read-only 403, write-only 404
        row("learner-7", 0, "LMSGetValue", "cmi.core.student_id"),
        row("Doe, Jane", 0, "LMSGetValue", "cmi.core.student_name"),
        row("false", 403, "LMSSetValue", "cmi.core.student_id", "x"),
        row("false", 403, "LMSSetValue", "cmi.core.credit", "no-credit"),
        row("false", 403, "LMSSetValue", "cmi.core.total_time", "0001:00:00"),
        row("false", 403, "LMSSetValue", "cmi.launch_data", "x"),
        row("false", 403, "LMSSetValue", "cmi.student_data.mastery_score", "50"),
        row("true", 0, "LMSSetValue", "cmi.core.exit", "suspend"),
        row("", 404, "LMSGetValue", "cmi.core.exit"),
        row("", 404, "LMSGetValue", "cmi.core.session_time"),
        // defaults and unset values: "" with no error
        row("not attempted", 0, "LMSGetValue", "cmi.core.lesson_status"),
        row("", 0, "LMSGetValue", "cmi.core.lesson_location"),
        row("0000:00:00.00", 0, "LMSGetValue", "cmi.core.total_time"),
        // incorrect data type 405 (types and ranges alike)
        row("false", 405, "LMSSetValue", "cmi.core.lesson_status", "not attempted"),
        row("false", 405, "LMSSetValue", "cmi.core.lesson_status", "done"),
        row("true", 0, "LMSSetValue", "cmi.core.lesson_status", "incomplete"),
        row("false", 405, "LMSSetValue", "cmi.core.score.raw", "101"),
        row("false", 405, "LMSSetValue", "cmi.core.score.raw", "-1"),
        row("false", 405, "LMSSetValue", "cmi.core.score.raw", "ninety"),
        row("true", 0, "LMSSetValue", "cmi.core.score.raw", "87.5"),
        row("true", 0, "LMSSetValue", "cmi.core.score.max", ""),
        row("false", 405, "LMSSetValue", "cmi.core.session_time", "PT1H"),
        row("false", 405, "LMSSetValue", "cmi.core.session_time", "1:00:00"),
        row("true", 0, "LMSSetValue", "cmi.core.session_time", "0001:02:03.45"),
        row("false", 405, "LMSSetValue", "cmi.core.exit", "normal"),
        row("false", 405, "LMSSetValue", "cmi.student_preference.audio", "101"),
        row("true", 0, "LMSSetValue", "cmi.student_preference.audio", "-1"),
        row("false", 405, "LMSSetValue", "cmi.student_preference.speed", "-101"),
        row("false", 405, "LMSSetValue", "cmi.student_preference.text", "2"),
        // objectives: readable, in order
        row("false", 201, "LMSSetValue", "cmi.objectives.1.id", "obj-b"),
        row("true", 0, "LMSSetValue", "cmi.objectives.0.id", "obj-a"),
        row("false", 405, "LMSSetValue", "cmi.objectives.1.id", "has space"),
        row("true", 0, "LMSSetValue", "cmi.objectives.0.status", "not attempted"),
        row("obj-a", 0, "LMSGetValue", "cmi.objectives.0.id"),
        row("id,score,status", 0, "LMSGetValue", "cmi.objectives._children"),
        // interactions: write-only except the counts
        row("true", 0, "LMSSetValue", "cmi.interactions.0.id", "q1"),
        row("true", 0, "LMSSetValue", "cmi.interactions.0.type", "choice"),
        row("true", 0, "LMSSetValue", "cmi.interactions.0.student_response", "a,c"),
        // lenient like SCORM Cloud: real content writes longer identifiers than CMIFeedback allows
        row("true", 0, "LMSSetValue", "cmi.interactions.0.student_response", "choice_1,choice_3"),
        row("false", 405, "LMSSetValue", "cmi.interactions.0.student_response", "x".repeat(256)),
        row("true", 0, "LMSSetValue", "cmi.interactions.0.correct_responses.0.pattern", "b"),
        row("true", 0, "LMSSetValue", "cmi.interactions.0.time", "08:15:30"),
        row("false", 405, "LMSSetValue", "cmi.interactions.0.time", "25:00:00"),
        row("true", 0, "LMSSetValue", "cmi.interactions.0.result", "wrong"),
        row("false", 405, "LMSSetValue", "cmi.interactions.0.result", "incorrect"),
        row("true", 0, "LMSSetValue", "cmi.interactions.0.latency", "0000:00:12.5"),
        row("", 404, "LMSGetValue", "cmi.interactions.0.id"),
        row("1", 0, "LMSGetValue", "cmi.interactions._count"),
        row("1", 0, "LMSGetValue", "cmi.interactions.0.correct_responses._count"),
        row("true", 0, "LMSSetValue", "cmi.interactions.1.objectives.0.id", "obj-a"),
        row("2", 0, "LMSGetValue", "cmi.interactions._count"));
  }

  @Test
  void scorm12FinishAppliesTheMasteryScoreAndTheDefaultStatus() {
    // [mastery score, credit, lesson mode, status the SCO set, raw score, status after LMSFinish]
    List<List<String>> cases = List.of(
        List.of("80", "credit", "normal", "completed", "85", "passed"),
        List.of("80", "credit", "normal", "completed", "80", "passed"),
        List.of("80", "credit", "normal", "passed", "79.5", "failed"),
        List.of("80", "no-credit", "normal", "completed", "50", "completed"),
        List.of("", "credit", "normal", "incomplete", "50", "incomplete"),
        List.of("80", "credit", "normal", "", "", "completed"),
        List.of("", "credit", "browse", "", "", "browsed"),
        List.of("80", "credit", "normal", "", "90", "passed"));
    List<Executable> checks = new ArrayList<>();
    for (List<String> c : cases) {
      Map<String, String> initial = new HashMap<>(Map.of("cmi.core.credit", c.get(1), "cmi.core.lesson_mode", c.get(2)));
      if (!c.get(0).isEmpty()) {
        initial.put("cmi.student_data.mastery_score", c.get(0));
      }
      start("1.2", initial);
      List<List<Object>> calls = new ArrayList<>(List.of(List.of("LMSInitialize", "")));
      if (!c.get(3).isEmpty()) {
        calls.add(List.of("LMSSetValue", "cmi.core.lesson_status", c.get(3)));
      }
      if (!c.get(4).isEmpty()) {
        calls.add(List.of("LMSSetValue", "cmi.core.score.raw", c.get(4)));
      }
      calls.add(List.of("LMSFinish", ""));
      run(calls);
      Map<String, Object> last = payloads().get(payloads().size() - 1);
      checks.add(() -> assertEquals(c.get(5), data(last).get("cmi.core.lesson_status"), c.toString()));
      checks.add(() -> assertEquals(true, last.get("terminated"), c + " terminated"));
    }
    assertAll(checks);
  }

  // ---- commits ----

  @Test
  void payloadsCarryWhatChangedSinceTheLastCommitInSequence() {
    start("2004", Map.of("cmi.learner_id", "learner-7", "cmi.location", "page-1"));
    run(List.of(List.of("Initialize", ""),
        List.of("SetValue", "cmi.location", "page-4"),
        List.of("SetValue", "cmi.interactions.0.id", "q1"),
        List.of("SetValue", "cmi.interactions.0.type", "true-false"),
        List.of("SetValue", "cmi.interactions.0.learner_response", "true"),
        List.of("SetValue", "cmi.score.raw", "not a number"),
        List.of("Commit", "")));
    settle();
    run(List.of(List.of("Commit", ""), // nothing changed: nothing sent
        List.of("SetValue", "cmi.exit", "suspend"),
        List.of("SetValue", "cmi.session_time", "PT5M"),
        List.of("SetValue", "adl.nav.request", "continue"),
        List.of("Terminate", "")));
    settle();
    List<Map<String, Object>> sent = payloads();
    assertEquals(2, sent.size(), sent.toString());
    assertAll(
        () -> assertEquals(1L, sent.get(0).get("sequence")),
        () -> assertEquals("commit", sent.get(0).get("reason")),
        () -> assertEquals(false, sent.get(0).get("terminated")),
        () -> assertEquals(Map.of("cmi.location", "page-4", "cmi.interactions.0.id", "q1",
            "cmi.interactions.0.type", "true-false", "cmi.interactions.0.learner_response", "true"), data(sent.get(0))),
        () -> assertEquals(2L, sent.get(1).get("sequence")),
        () -> assertEquals("terminate", sent.get(1).get("reason")),
        () -> assertEquals(true, sent.get(1).get("terminated")),
        () -> assertEquals(Map.of("cmi.exit", "suspend", "cmi.session_time", "PT5M", "adl.nav.request", "continue"),
            data(sent.get(1))),
        () -> assertEquals(List.of(false, false), js("return harness.payloads.map(p => p.beacon);")),
        () -> assertEquals(List.of(Map.of("committed", true, "navRequest", "continue")),
            js("return harness.terminations;")));
  }

  @Test
  void aTerminateWithNothingChangedStillTellsTheServer() {
    start("1.2", Map.of("cmi.core.lesson_status", "incomplete"));
    run(List.of(List.of("LMSInitialize", ""), List.of("LMSFinish", "")));
    settle();
    assertEquals(List.of(Map.of("sequence", 1L, "reason", "terminate", "data", Map.of(), "terminated", true)),
        payloads());
  }

  @Test
  void aFailedCommitIsMergedIntoTheNextOne() {
    start("2004", Map.of());
    run(List.of(List.of("Initialize", ""), List.of("SetValue", "cmi.location", "page-2"),
        List.of("SetValue", "cmi.suspend_data", "state-a")));
    js("harness.failures = 1;");
    run(List.of(List.of("Commit", "")));
    settle();
    run(List.of(List.of("SetValue", "cmi.suspend_data", "state-b"), List.of("SetValue", "cmi.progress_measure", "0.5"),
        List.of("Commit", "")));
    settle();
    run(List.of(List.of("Commit", "")));
    settle();
    List<Map<String, Object>> sent = payloads();
    assertAll(
        () -> assertEquals(2, sent.size(), "an acknowledged commit leaves nothing to resend: " + sent),
        () -> assertEquals(Map.of("cmi.location", "page-2", "cmi.suspend_data", "state-a"), data(sent.get(0))),
        () -> assertEquals(Map.of("cmi.location", "page-2", "cmi.suspend_data", "state-b",
            "cmi.progress_measure", "0.5", "cmi.completion_status", "unknown"), data(sent.get(1))),
        () -> assertEquals(List.of(1L, 2L), sent.stream().map(p -> p.get("sequence")).toList()));
  }

  @Test
  void leavingThePageSendsWhatIsUnacknowledgedOnceByBeacon() {
    start("1.2", Map.of());
    run(List.of(List.of("LMSInitialize", ""), List.of("LMSSetValue", "cmi.core.lesson_location", "p3"),
        List.of("LMSCommit", "")));
    settle();
    // A commit the page never hears back about is resent in the beacon too.
    js("harness.record = (payload, beacon) => { harness.payloads.push({payload: JSON.parse(JSON.stringify(payload)), beacon}); return new Promise(() => {}); };");
    run(List.of(List.of("LMSSetValue", "cmi.suspend_data", "abc"), List.of("LMSCommit", ""),
        List.of("LMSSetValue", "cmi.core.exit", "suspend")));
    js("""
        window.dispatchEvent(new Event('pagehide'));
        window.dispatchEvent(new Event('beforeunload'));
        window.dispatchEvent(new Event('pagehide'));
        """);
    settle();
    List<Map<String, Object>> sent = payloads();
    assertEquals(3, sent.size(), sent.toString());
    Map<String, Object> beacon = sent.get(2);
    assertAll(
        () -> assertEquals("unload", beacon.get("reason")),
        () -> assertEquals(3L, beacon.get("sequence")),
        () -> assertEquals(false, beacon.get("terminated")),
        () -> assertEquals(Map.of("cmi.suspend_data", "abc", "cmi.core.exit", "suspend"), data(beacon)),
        () -> assertEquals(List.of(false, false, true), js("return harness.payloads.map(p => p.beacon);")));
  }

  @Test
  void leavingThePageAfterAnAcknowledgedTerminateSendsNothing() {
    start("2004", Map.of());
    run(List.of(List.of("Initialize", ""), List.of("SetValue", "cmi.location", "end"), List.of("Terminate", "")));
    settle();
    js("window.dispatchEvent(new Event('pagehide'));");
    settle();
    assertEquals(List.of("terminate"), payloads().stream().map(p -> p.get("reason")).toList());
  }

  @Test
  void theIntervalCommitSendsOnlyWhenSomethingChanged() throws InterruptedException {
    js("harness.start('2004', {}, {intervalMs: 100});");
    run(List.of(List.of("Initialize", ""), List.of("SetValue", "cmi.location", "page-9")));
    Thread.sleep(450);
    List<Map<String, Object>> sent = payloads();
    assertEquals(1, sent.size(), sent.toString());
    assertEquals("interval", sent.get(0).get("reason"));
    assertEquals(Map.of("cmi.location", "page-9"), data(sent.get(0)));
  }

  // ---- resume ----

  @Test
  void aResumedAttemptReadsWhatTheServerRestored() {
    Map<String, String> initial = new HashMap<>();
    initial.putAll(Map.of("cmi.entry", "resume", "cmi.location", "page-7", "cmi.suspend_data", "{\"answers\":[1,2]}",
        "cmi.total_time", "PT1H2M", "cmi.interactions.0.id", "q1", "cmi.interactions.0.type", "choice",
        "cmi.interactions.0.learner_response", "a", "cmi.interactions.1.id", "q2",
        "cmi.interactions.1.objectives.0.id", "obj-1"));
    initial.putAll(Map.of("cmi.objectives.0.id", "obj-1", "cmi.objectives.0.success_status", "passed",
        "cmi.objectives.0.score.scaled", "0.9", "cmi.completion_status", "incomplete"));
    start("2004", initial);
    check(row("true", 0, "Initialize", ""),
        row("resume", 0, "GetValue", "cmi.entry"),
        row("page-7", 0, "GetValue", "cmi.location"),
        row("{\"answers\":[1,2]}", 0, "GetValue", "cmi.suspend_data"),
        row("PT1H2M", 0, "GetValue", "cmi.total_time"),
        row("incomplete", 0, "GetValue", "cmi.completion_status"),
        row("2", 0, "GetValue", "cmi.interactions._count"),
        row("a", 0, "GetValue", "cmi.interactions.0.learner_response"),
        row("1", 0, "GetValue", "cmi.interactions.1.objectives._count"),
        row("1", 0, "GetValue", "cmi.objectives._count"),
        row("0.9", 0, "GetValue", "cmi.objectives.0.score.scaled"),
        row("false", 351, "SetValue", "cmi.objectives.1.id", "obj-1"),
        row("false", 351, "SetValue", "cmi.interactions.3.id", "q4"),
        row("true", 0, "SetValue", "cmi.interactions.2.id", "q3"),
        row("true", 0, "Commit", ""));
    settle();
    // Restored values are not changes: only the new interaction is sent.
    assertEquals(Map.of("cmi.interactions.2.id", "q3"), data(payloads().get(0)));
  }

  @Test
  void aResumedScorm12AttemptReadsItsBookmark() {
    start("1.2", Map.of("cmi.core.entry", "resume", "cmi.core.lesson_location", "slide-12",
        "cmi.suspend_data", "xyz", "cmi.core.lesson_status", "incomplete", "cmi.interactions.0.id", "q1",
        "cmi.objectives.0.id", "obj-1"));
    check(row("true", 0, "LMSInitialize", ""),
        row("resume", 0, "LMSGetValue", "cmi.core.entry"),
        row("slide-12", 0, "LMSGetValue", "cmi.core.lesson_location"),
        row("xyz", 0, "LMSGetValue", "cmi.suspend_data"),
        row("incomplete", 0, "LMSGetValue", "cmi.core.lesson_status"),
        row("1", 0, "LMSGetValue", "cmi.interactions._count"),
        row("obj-1", 0, "LMSGetValue", "cmi.objectives.0.id"));
  }

  @Test
  void theHostAnswersNavigationValidity() {
    js("harness.start('2004', {}, {navValid: {'continue': true, 'previous': false, '{target=intro}choice': 'true'}});");
    check(row("true", 0, "Initialize", ""),
        row("true", 0, "GetValue", "adl.nav.request_valid.continue"),
        row("false", 0, "GetValue", "adl.nav.request_valid.previous"),
        row("true", 0, "GetValue", "adl.nav.request_valid.choice.{target=intro}"),
        row("unknown", 0, "GetValue", "adl.nav.request_valid.jump.{target=intro}"),
        row("", 401, "GetValue", "adl.nav.request_valid.sideways"));
  }

  // ---- helpers ----

  /** One API call and what it must give. */
  record Row(String result, int error, String method, List<String> args) {
    List<Object> call() {
      List<Object> call = new ArrayList<>(List.of(method));
      call.addAll(args);
      return call;
    }

    @Override
    public String toString() {
      return method + args.stream().map(ScormRuntimeIT::abbreviate).toList();
    }
  }

  static Row row(String result, int error, String method, String... args) {
    return new Row(result, error, method, Arrays.asList(args));
  }

  /** Runs the rows in order in the current session and checks each result and error code. */
  void check(Row... rows) {
    List<List<Object>> results = run(Arrays.stream(rows).map(Row::call).toList());
    assertAll(IntStream.range(0, rows.length).mapToObj(i -> (Executable) () -> assertEquals(
        List.of(rows[i].result(), String.valueOf(rows[i].error())), results.get(i), rows[i].toString())));
  }

  @SuppressWarnings("unchecked")
  List<List<Object>> run(List<List<Object>> calls) {
    return (List<List<Object>>) js("return harness.run(arguments[0]);", calls);
  }

  void start(String version, Map<String, String> initial) {
    assertTrue((Boolean) js("return harness.start(arguments[0], arguments[1]);", version, initial));
  }

  /** Waits a macrotask, so that the commit promises of earlier calls have settled. */
  void settle() {
    js("return harness.settled();");
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> payloads() {
    return (List<Map<String, Object>>) js("return harness.payloads.map(p => p.payload);");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> data(Map<String, Object> payload) {
    return (Map<String, Object>) payload.get("data");
  }

  static List<String> expected(Object valid) {
    return Boolean.TRUE.equals(valid) ? List.of("true", "0") : List.of("false", "406");
  }

  static String abbreviate(Object value) {
    String s = String.valueOf(value);
    return s.length() > 40 ? s.substring(0, 20) + "…(" + s.length() + " chars)" : s;
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }
}
