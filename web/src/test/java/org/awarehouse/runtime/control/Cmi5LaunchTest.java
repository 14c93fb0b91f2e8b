package org.awarehouse.runtime.control;

import static org.awarehouse.runtime.control.Cmi5Fixtures.ACTOR;
import static org.awarehouse.runtime.control.Cmi5Fixtures.REGISTRATION;
import static org.awarehouse.runtime.control.Cmi5Fixtures.SESSION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.awarehouse.content.control.PackageStructure;
import org.awarehouse.xapi.control.StatementValidator;
import org.awarehouse.xapi.control.XapiVersion;
import org.junit.jupiter.api.Test;

class Cmi5LaunchTest {
  static final Cmi5Launch.Parameters PARAMETERS = new Cmi5Launch.Parameters("https://awarehouse.example/xapi/",
      "https://awarehouse.example/runtime/cmi5/fetch?k=a+b/c=", ACTOR, REGISTRATION,
      "https://awarehouse.example/xapi/activities/packages/p/units/https%3A%2F%2Fpub.example%2Fau%2F1");

  static Map<String, String> query(String url) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : URI.create(url).getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return params;
  }

  @Test
  void theLaunchUrlCarriesTheFiveParametersEachEncoded() {
    String url = Cmi5Launch.url("https://content.example/content/k/au1/index.html", PARAMETERS);
    assertTrue(url.startsWith("https://content.example/content/k/au1/index.html?endpoint="), url);
    Map<String, String> params = query(url);
    assertEquals(PARAMETERS.endpoint(), params.get("endpoint"));
    assertEquals(PARAMETERS.fetch(), params.get("fetch"));
    assertEquals(ACTOR, Json.createReader(new StringReader(params.get("actor"))).readObject());
    assertEquals(REGISTRATION.toString(), params.get("registration"));
    assertEquals(PARAMETERS.activityId(), params.get("activityId"));
    // nothing a reader could split or misread: no raw separators, quotes, braces or spaces
    String values = url.substring(url.indexOf('?') + 1);
    assertFalse(values.matches(".*[{}\" +#/:].*"), values);
  }

  @Test
  void anAuQueryIsKeptAndTheFragmentStaysLast() {
    String url = Cmi5Launch.url("https://content.example/au2/index.html?level=2#start", PARAMETERS);
    assertTrue(url.startsWith("https://content.example/au2/index.html?level=2&endpoint="), url);
    assertTrue(url.endsWith("#start"), url);
    assertEquals("2", query(url.substring(0, url.indexOf('#'))).get("level"));
  }

  @Test
  void launchDataHasTheTemplateAndTheAusSettings() {
    PackageStructure.Unit unit = new PackageStructure.Unit("https://pub.example/au/2", "Check", "au", "au2/index.html",
        "level=2", "", null, 0.8, null, null, null, null, "OwnWindow", "CompletedAndPassed", null, "questions=5", "ek-1");
    JsonObject data = Cmi5Launch.launchData(SESSION, unit);
    JsonObject template = data.getJsonObject("contextTemplate");
    assertEquals(SESSION.toString(), template.getJsonObject("extensions").getString(Cmi5Statements.SESSION_ID));
    assertEquals("https://pub.example/au/2",
        template.getJsonObject("contextActivities").getJsonArray("grouping").getJsonObject(0).getString("id"));
    assertEquals("Normal", data.getString("launchMode"));
    assertEquals("CompletedAndPassed", data.getString("moveOn"));
    assertEquals(0.8, data.getJsonNumber("masteryScore").doubleValue());
    assertEquals("questions=5", data.getString("launchParameters"));
    assertEquals("ek-1", data.getJsonObject("entitlementKey").getString("courseStructure"));
    assertFalse(data.containsKey("returnURL"));
  }

  @Test
  void launchDataLeavesOutWhatTheCourseStructureDoesNotHave() {
    JsonObject data = Cmi5Launch.launchData(SESSION, Cmi5Fixtures.au("https://pub.example/au/1", null, null));
    assertEquals("NotApplicable", data.getString("moveOn"));
    assertFalse(data.containsKey("masteryScore"));
    assertFalse(data.containsKey("launchParameters"));
    assertFalse(data.containsKey("entitlementKey"));
  }

  @Test
  void theLmsStatementsAreValidXapiWithTheCmi5Context() {
    PackageStructure.Unit unit = Cmi5Fixtures.au("https://pub.example/au/1", "Passed", 0.75);
    ScormStatements.Subject subject = new ScormStatements.Subject(Cmi5Fixtures.BASE, "learner-pseudonym", REGISTRATION,
        UUID.randomUUID(), "Course", unit.id(), unit.title());
    JsonObject launched = Cmi5Statements.launched(subject, SESSION, unit, "https://content.example/au1/index.html");
    JsonObject abandoned = Cmi5Statements.abandoned(subject, SESSION, unit, 12.5);
    JsonObject satisfied = Cmi5Statements.satisfied(subject, SESSION, Cmi5Statements.blockActivity(subject, "https://pub.example/b"),
        Cmi5Statements.BLOCK, "Block");
    StatementValidator validator = new StatementValidator(XapiVersion.V2_0_0);
    for (JsonObject s : new JsonObject[] {launched, abandoned, satisfied}) {
      validator.validate(s);
      JsonObject context = s.getJsonObject("context");
      assertEquals(SESSION.toString(), context.getJsonObject("extensions").getString(Cmi5Statements.SESSION_ID));
      assertEquals(Cmi5Statements.CMI5_CATEGORY,
          context.getJsonObject("contextActivities").getJsonArray("category").getJsonObject(0).getString("id"));
    }
    JsonObject extensions = launched.getJsonObject("context").getJsonObject("extensions");
    assertEquals("Normal", extensions.getString(Cmi5Statements.EXTENSIONS + "launchmode"));
    assertEquals("Passed", extensions.getString(Cmi5Statements.EXTENSIONS + "moveon"));
    assertEquals(0.75, extensions.getJsonNumber(Cmi5Statements.EXTENSIONS + "masteryscore").doubleValue());
    assertEquals("https://content.example/au1/index.html", extensions.getString(Cmi5Statements.EXTENSIONS + "launchurl"));
    // 8.1 activityId and 9.3.9: the LMS's ids are never the publisher's
    assertFalse(launched.getJsonObject("object").getString("id").equals(unit.id()));
    assertEquals(unit.id(), launched.getJsonObject("context").getJsonObject("contextActivities").getJsonArray("grouping")
        .getJsonObject(0).getString("id"));
    assertEquals(Cmi5Statements.BLOCK, satisfied.getJsonObject("object").getJsonObject("definition").getString("type"));
    assertEquals("PT12.5S", abandoned.getJsonObject("result").getString("duration"));
  }

  @Test
  void theLaunchLocaleBecomesAnRfc5646LanguagePreference() {
    // cmi5 section 11: languagePreference lists RFC 5646 tags; LTI platforms write nl_NL or nl-NL
    assertEquals("nl-NL", Cmi5Launch.languageTag("nl_NL"));
    assertEquals("en", Cmi5Launch.languageTag(" en "));
    assertEquals(null, Cmi5Launch.languageTag(null));
    assertEquals(null, Cmi5Launch.languageTag("nl,en"));
    assertEquals(null, Cmi5Launch.languageTag("<script>"));
  }
}
