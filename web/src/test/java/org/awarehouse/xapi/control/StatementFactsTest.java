package org.awarehouse.xapi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which statement a statement targets, for the filter conditions for StatementRefs (Communication §2.1.3.s3). */
class StatementFactsTest {
  static final String TARGET = "6690e6c9-3ef0-4ed3-8b37-7f3964730bee";
  static final String ACTOR = "\"actor\":{\"mbox\":\"mailto:a@example.org\"}";
  static final String REF = "{\"objectType\":\"StatementRef\",\"id\":\"" + TARGET + "\"}";

  @Test
  void section2_1_3_s3_aStatementRefObjectTargetsItsStatement() {
    StatementFacts facts = facts("{" + ACTOR + ",\"verb\":{\"id\":\"http://example.org/confirmed\"},\"object\":" + REF + "}");

    assertEquals(UUID.fromString(TARGET), facts.targets());
    assertNull(facts.voids(), "only the voided verb voids");
  }

  @Test
  void aVoidingStatementTargetsWhatItVoids() {
    StatementFacts facts = facts("{" + ACTOR + ",\"verb\":{\"id\":\"" + StatementFacts.VOIDED + "\"},\"object\":" + REF + "}");

    assertEquals(UUID.fromString(TARGET), facts.targets());
    assertEquals(UUID.fromString(TARGET), facts.voids());
  }

  @Test
  void section2_1_3_s3_aStatementRefInContextOrInASubStatementTargetsNothing() {
    assertNull(facts("{" + ACTOR + ",\"verb\":{\"id\":\"http://example.org/did\"},\"object\":{\"id\":\"https://example.org/x\"},"
        + "\"context\":{\"statement\":" + REF + "}}").targets());
    assertNull(facts("{" + ACTOR + ",\"verb\":{\"id\":\"http://example.org/plans\"},\"object\":{\"objectType\":\"SubStatement\","
        + ACTOR + ",\"verb\":{\"id\":\"http://example.org/confirmed\"},\"object\":" + REF + "}}").targets());
  }

  static StatementFacts facts(String json) {
    return StatementFacts.of(StatementComparisonTest.json(json));
  }
}
