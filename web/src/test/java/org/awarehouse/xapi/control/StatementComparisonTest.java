package org.awarehouse.xapi.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** xAPI 1.0.3 Data §2.3.1: what makes a statement sent again "the same" as the stored one. */
class StatementComparisonTest {
  static final String SENT = """
      {"actor":{"objectType":"Agent","mbox":"mailto:a@example.org"},"verb":{"id":"http://adlnet.gov/expapi/verbs/experienced"},
       "object":{"id":"https://example.org/a"}}""";

  @Test
  void propertiesTheLrsSetAreIgnored() {
    JsonObject stored = json(SENT.replace("{\"actor\"", "{\"id\":\"d1f1f1f1-0000-4000-8000-000000000000\","
        + "\"stored\":\"2026-01-01T00:00:00.000Z\",\"timestamp\":\"2026-01-01T00:00:00.000Z\",\"version\":\"1.0.0\","
        + "\"authority\":{\"mbox\":\"mailto:lrs@example.org\"},\"actor\""));
    assertTrue(StatementComparison.same(stored, json(SENT)));
    assertTrue(StatementComparison.same(stored, json(SENT.replace("{\"actor\"",
        "{\"timestamp\":\"2026-01-01T01:00:00.000+01:00\",\"actor\""))), "the same instant written differently");
  }

  @Test
  void anyOtherDifferenceIsAConflict() {
    assertFalse(StatementComparison.same(json(SENT), json(SENT.replace("experienced", "completed"))));
    assertFalse(StatementComparison.same(json(SENT.replace("{\"actor\"", "{\"timestamp\":\"2026-01-01T00:00:00Z\",\"actor\"")),
        json(SENT.replace("{\"actor\"", "{\"timestamp\":\"2026-01-02T00:00:00Z\",\"actor\""))));
  }

  static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
