package org.awarehouse.xapi.control;

import java.time.Instant;
import java.util.UUID;

/**
 * The filters of a statement query (xAPI 1.0.3 Communication §2.1.3). Nullable filters are not
 * applied; {@code afterSeq} continues a page from a {@code more} link.
 */
public record StatementQuery(
    String agent, boolean relatedAgents, String verb, String activity, boolean relatedActivities,
    UUID registration, Instant since, Instant until, int limit, boolean ascending, Long afterSeq) {

  /**
   * Whether a filter other than the time and sequence based ones (since, until, limit) is set;
   * only such filters reach through StatementRefs to the targeted statement (Communication
   * §2.1.3.s3).
   */
  public boolean filtered() {
    return agent != null || verb != null || activity != null || registration != null;
  }

  public StatementQuery continuedAfter(long seq) {
    return new StatementQuery(agent, relatedAgents, verb, activity, relatedActivities, registration, since, until,
        limit, ascending, seq);
  }
}
