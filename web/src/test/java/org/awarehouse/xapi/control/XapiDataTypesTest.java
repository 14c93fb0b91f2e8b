package org.awarehouse.xapi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The special data types of xAPI 1.0.3 Data §4, value by value. */
class XapiDataTypesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "en-US",
        "nl",
        "zh-Hant-TW",
        "und",
        "x-private",
        "en-GB-oed",
        "i-klingon",
        "sgn-BE-FR",
        "de-CH-1996",
        "es-419",
        "zh-min-nan",
        "tlh",
        "EN-us",
        "en-a-bbb-x-a-ccc",
        "sl-rozaj-biske"
      })
  void acceptsRfc5646Tags(String tag) {
    assertTrue(LanguageTags.isValid(tag));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "e",
        "english us",
        "12",
        "a12345",
        "en_US",
        "en-",
        "-en",
        "en--US",
        "x",
        "abcdefghi",
        "en-US-x",
        "en-abcdefghi",
        "de-419-DE"
      })
  void rejectsMalformedTags(String tag) {
    assertFalse(LanguageTags.isValid(tag));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "PT1H0M0S",
        "P1D",
        "PT4.5S",
        "PT4H35M59.14S",
        "P3Y1M29DT4H35M59.14S",
        "P3Y",
        "P4W",
        "PT16559.14S",
        "PT0S",
        "P1Y2M",
        "PT1H0M0.1S",
        "PT1,5S"
      })
  void acceptsIso8601Durations(String duration) {
    assertTrue(XapiTimes.isDuration(duration));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1 hour",
        "PT",
        "P1H",
        "P",
        "PA1H0M0S",
        "P4W1D",
        "",
        "PT1.H",
        "T1H",
        "P-1D",
        "pt1h",
        "P0001-02-03T04:05:06",
        "PT1H ",
        "P1.5Y"
      })
  void rejectsOtherDurations(String duration) {
    assertFalse(XapiTimes.isDuration(duration));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2013-05-18T05:32:34.804Z",
        "2013-05-18T05:32:34+00:00",
        "2013-05-18T05:32:34.804123456+05:30",
        "2008-09-15 15:53:00.601+00:00",
        "2013-05-18t05:32:34z",
        "2016-02-29T23:59:59-12:00"
      })
  void acceptsRfc3339TimestampsInBothVersions(String timestamp) {
    assertTrue(XapiTimes.timestamp(timestamp, XapiVersion.V1_0_3).isPresent());
    assertTrue(XapiTimes.timestamp(timestamp, XapiVersion.V2_0_0).isPresent());
  }

  /** 1.0.3 §4.5.s1.b1 asks for ISO 8601 only; 9274.1.1 narrows that to RFC 3339. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "20130518T053234Z",
        "2013-05-18T05:32:34-05",
        "20130518T053234,5+0130",
        "2013-05-01T12:00:00.000+0100"
      })
  void acceptsOtherIso8601FormsOnlyIn1_0_3(String timestamp) {
    assertTrue(XapiTimes.timestamp(timestamp, XapiVersion.V1_0_3).isPresent());
    assertFalse(XapiTimes.timestamp(timestamp, XapiVersion.V2_0_0).isPresent());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "yesterday",
        "2013-05-01",
        "2013-05-01T12:00:00",
        "2013-05-01T12:00Z",
        "2008-09-15T15:53:00.601-00",
        "2008-09-15T15:53:00.601-0000",
        "2008-09-15T15:53:00.601-00:00",
        "01/011/2015",
        "2013-13-01T00:00:00Z",
        "2013-02-30T00:00:00Z",
        "2013-05-01T24:00:00Z",
        "2013-05-01T12:00:00+25:00",
        " 2013-05-01T12:00:00Z"
      })
  void rejectsOtherTimestamps(String timestamp) {
    assertFalse(XapiTimes.timestamp(timestamp, XapiVersion.V1_0_3).isPresent());
  }

  @Test
  void readsTheInstantATimestampDenotes() {
    assertEquals(
        Instant.parse("2013-05-18T00:02:34.804Z"),
        XapiTimes.timestamp("2013-05-18T05:32:34.804+05:30", XapiVersion.V2_0_0)
            .orElseThrow()
            .toInstant());
    assertEquals(
        Instant.parse("2013-05-18T10:32:34.500Z"),
        XapiTimes.timestamp("20130518T053234,5-05", XapiVersion.V1_0_3).orElseThrow().toInstant());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://adlnet.gov/expapi/verbs/voided",
        "https://example.com/xapi/verbs#defenestrated",
        "urn:uuid:fd41c918-b88b-4b20-a0a5-a4c32391aaa0",
        "mailto:learner@example.com",
        "http://example.com/%E2%82%AC",
        "http://example.com/\u0641\u0639\u0644"
      })
  void acceptsAbsoluteIris(String iri) {
    assertTrue(XapiValues.isIri(iri));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ab=c://should.fail.com",
        "should fail",
        "/relative/path",
        "example.com",
        "http:",
        "http://example.com/a b",
        "http://example.com/<a>",
        "http://example.com/%zz",
        "http://example.com/%4",
        "1http://example.com",
        ""
      })
  void rejectsOtherIris(String iri) {
    assertFalse(XapiValues.isIri(iri));
  }

  @Test
  void prefersTheReadersLanguagesInOrder() {
    List<String> keys = List.of("en-US", "nl-NL", "und");

    assertEquals("nl-NL", LanguageTags.preferred(keys, List.of("nl-NL", "en-US")));
    assertEquals("nl-NL", LanguageTags.preferred(keys, List.of("nl", "en-US")));
    assertEquals("en-US", LanguageTags.preferred(keys, List.of("EN-us")));
    assertEquals("en-US", LanguageTags.preferred(keys, List.of("en-GB", "nl")));
    assertEquals("und", LanguageTags.preferred(keys, List.of("fr")));
    assertEquals("en-US", LanguageTags.preferred(List.of("en-US", "nl"), List.of("fr")));
    assertEquals("en-US", LanguageTags.preferred(List.of("en-US", "nl"), List.of()));
    assertEquals("nl", LanguageTags.preferred(List.of("nl", "en"), List.of("*", "en")));
  }
}
