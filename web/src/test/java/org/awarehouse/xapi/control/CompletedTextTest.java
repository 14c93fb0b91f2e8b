package org.awarehouse.xapi.control;

import static org.awarehouse.xapi.control.Statements.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stored text of a statement received with its text: the text as received with what the LRS
 * sets (xAPI 1.0.3 Data §2.4) in front, which must be the same JSON as the statement completed
 * member by member.
 */
class CompletedTextTest {
  private static final UUID ID = UUID.fromString("fd41c918-b88b-4b20-a0a5-a4c32391aaa0");
  private static final Instant STORED = Instant.parse("2026-11-22T10:15:30.123Z");
  private static final JsonObject AUTHORITY = parse("""
      {"objectType":"Agent","name":"LRS \\"key\\"","account":{"homePage":"https://lrs.example.com/xapi","name":"k1"}}""");

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"actor\":{\"mbox\":\"mailto:a@example.com\"},\"verb\":{\"id\":\"http://example.com/v\"},\"object\":{\"id\":\"http://example.com/a\"}}",
      " {\n \"actor\" : {\"mbox\":\"mailto:a@example.com\"} , \"verb\":{\"id\":\"http://example.com/v\"},\"object\":{\"id\":\"http://example.com/a\"},"
          + "\"timestamp\":\"2026-01-01T00:00:00+01:00\",\"version\":\"1.0.3\",\"result\":{\"score\":{\"raw\":1.50E1}}}",
      "{\"id\":\"fd41c918-b88b-4b20-a0a5-a4c32391aaa0\",\"actor\":{\"mbox\":\"mailto:a@example.com\"},"
          + "\"verb\":{\"id\":\"http://example.com/v\",\"display\":{\"nl\":\"één\"}},\"object\":{\"id\":\"http://example.com/a\"}}"})
  void isTheCompletedStatement(String received) {
    String trimmed = received.strip();
    JsonObject statement = parse(trimmed);
    for (XapiVersion version : XapiVersion.values()) {
      String text = StatementService.completedText(trimmed, statement, ID, XapiTimes.format(STORED), AUTHORITY.toString(),
          version);
      assertEquals(StatementService.complete(statement, ID, STORED, AUTHORITY, version), parse(text));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"stored\":\"2020-01-01T00:00:00Z\",\"actor\":{\"mbox\":\"mailto:a@example.com\"}}",
      "{\"authority\":{\"mbox\":\"mailto:b@example.com\"},\"actor\":{\"mbox\":\"mailto:a@example.com\"}}",
      "{\"id\":\"FD41C918-B88B-4B20-A0A5-A4C32391AAA0\",\"actor\":{\"mbox\":\"mailto:a@example.com\"}}"})
  void isLeftToTheWholeStatementWhenAddingIsNotEnough(String received) {
    assertNull(StatementService.completedText(received, parse(received), ID, XapiTimes.format(STORED),
        AUTHORITY.toString(), XapiVersion.V1_0_3));
  }
}
