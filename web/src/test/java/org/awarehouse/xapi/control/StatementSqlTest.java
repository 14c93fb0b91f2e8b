package org.awarehouse.xapi.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How a statement query becomes SQL, in particular the filter conditions for StatementRefs (§2.1.3.s3). */
class StatementSqlTest {
  static final UUID ORG = UUID.fromString("0b6a4d39-8d4c-4c1e-9f0e-2a3c1d5e7f90");
  static final String ACTIVITY = "https://example.org/x";
  static final Instant SINCE = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void anUnfilteredQueryReadsOnlyTheStatementTable() {
    StatementSql sql = StatementSql.of(ORG, query(null, null, SINCE, null));

    assertEquals("select s.seq, s.body, s.stored from xapi_statement s where s.organisation_id = ? "
        + "and s.voided = false and s.stored > ? order by s.seq desc limit ?", sql.text());
    assertEquals(List.of(ORG.toString(), Timestamp.from(SINCE), 11), sql.parameters());
  }

  @Test
  void section2_1_3_s3_statementsTargetingAMatchingStatementMeetTheFilterToo() {
    StatementSql sql = StatementSql.of(ORG, query(ACTIVITY, null, null, null));

    assertTrue(sql.text().contains(") union ("), sql.text());
    String targeting = sql.text().substring(sql.text().indexOf(") union ("));
    assertTrue(targeting.contains("from xapi_statement_ref r join xapi_statement t"
        + " on t.organisation_id = r.organisation_id and t.statement_id = r.target_id"), targeting);
    assertTrue(targeting.contains("t.seq in (select c.seq from xapi_statement_activity c"), "the filter is on the target");
    assertFalse(targeting.contains("s.seq in (select c.seq"), "the targeting statement need not match itself");
  }

  @Test
  void section2_1_3_s3_timeAndSequenceApplyToTheTargetingStatementNotTheTarget() {
    StatementSql sql = StatementSql.of(ORG, query(null, "http://adlnet.gov/expapi/verbs/passed", SINCE, 42L));

    String targeting = sql.text().substring(sql.text().indexOf(") union ("));
    assertTrue(targeting.contains("t.verb_key = ?) and s.stored > ? and s.seq < ? order by s.seq desc limit ?"),
        targeting);
    assertFalse(targeting.contains("t.stored"), targeting);
  }

  @Test
  void section2_1_4_s1_b2_aVoidedTargetStillCountsButAVoidedStatementIsNeverReturned() {
    String text = StatementSql.of(ORG, query(ACTIVITY, null, null, null)).text();

    assertEquals(2, text.split("s.voided = false", -1).length - 1, "both branches leave voided statements out");
    assertFalse(text.contains("t.voided"), text);
  }

  @Test
  void parametersFollowTheirPlaceholdersAcrossBothBranches() {
    StatementSql sql = StatementSql.of(ORG, query(ACTIVITY, null, SINCE, null));

    assertEquals(sql.text().chars().filter(c -> c == '?').count(), sql.parameters().size());
    List<Object> p = sql.parameters();
    // matching branch: org, activity org, activity key, since, limit
    assertEquals(ORG.toString(), p.get(0));
    assertArrayEquals(XapiKeys.of(ACTIVITY), (byte[]) p.get(2));
    assertEquals(Timestamp.from(SINCE), p.get(3));
    assertEquals(11, p.get(4));
    // targeting branch: org, ref org, activity org, activity key, since, limit; then the page
    assertArrayEquals(XapiKeys.of(ACTIVITY), (byte[]) p.get(8));
    assertEquals(Timestamp.from(SINCE), p.get(9));
    assertEquals(List.of(11, 11), p.subList(10, 12));
  }

  @Test
  void onlyFiltersOtherThanTimeAndSequenceCount() {
    assertFalse(query(null, null, SINCE, 7L).filtered());
    assertTrue(query(null, "http://adlnet.gov/expapi/verbs/passed", null, null).filtered());
    assertTrue(new StatementQuery(null, false, null, null, false, UUID.randomUUID(), null, null, 10, false, null)
        .filtered());
  }

  static StatementQuery query(String activity, String verb, Instant since, Long afterSeq) {
    return new StatementQuery(null, false, verb, activity, false, null, since, null, 10, false, afterSeq);
  }
}
