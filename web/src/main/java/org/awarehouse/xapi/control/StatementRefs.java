package org.awarehouse.xapi.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps xapi_statement_ref: for every statement whose object is a StatementRef, each statement id
 * its chain of StatementRefs reaches. Filter conditions for StatementRefs apply recursively (xAPI
 * 1.0.3 / 2.0 Communication §2.1.3.s3), and keeping the whole chain at write time, where
 * StatementRefs are rare, lets a query stay one indexed join however deep the chain is.
 */
final class StatementRefs {
  private StatementRefs() {}

  /**
   * Records the targets of the fresh statements, one by one in batch order so that a statement
   * targeting an earlier one of the same batch sees that one's targets.
   */
  static void record(Connection connection, UUID org, List<StatementStore.Prepared> fresh, Map<UUID, Long> seqs)
      throws SQLException {
    for (StatementStore.Prepared p : fresh) {
      if (p.facts().targets() != null) {
        Targeting statement = new Targeting(p.id(), seqs.get(p.id()), p.facts().targets());
        direct(connection, org, statement);
        throughTarget(connection, org, statement);
        intoEarlierReferrers(connection, org, statement);
      }
    }
  }

  /** A fresh statement whose object is a StatementRef: its id, sequence number and target. */
  private record Targeting(UUID id, long seq, UUID targets) {}

  private static void direct(Connection connection, UUID org, Targeting statement) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "insert ignore into xapi_statement_ref (organisation_id, target_id, seq) values (?, ?, ?)")) {
      insert.setString(1, org.toString());
      insert.setString(2, statement.targets().toString());
      insert.setLong(3, statement.seq());
      insert.executeUpdate();
    }
  }

  /** Whatever a stored target reaches, this statement reaches too. */
  private static void throughTarget(Connection connection, UUID org, Targeting statement) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("""
        insert ignore into xapi_statement_ref (organisation_id, target_id, seq)
        select further.organisation_id, further.target_id, ? from xapi_statement t
          join xapi_statement_ref further on further.organisation_id = t.organisation_id and further.seq = t.seq
        where t.organisation_id = ? and t.statement_id = ?""")) {
      insert.setLong(1, statement.seq());
      insert.setString(2, org.toString());
      insert.setString(3, statement.targets().toString());
      insert.executeUpdate();
    }
  }

  /**
   * A StatementRef may name a statement the LRS has not received yet, so statements that already
   * target this one now reach what it reaches.
   */
  private static void intoEarlierReferrers(Connection connection, UUID org, Targeting statement)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("""
        insert ignore into xapi_statement_ref (organisation_id, target_id, seq)
        select r.organisation_id, mine.target_id, r.seq from xapi_statement_ref r
          join xapi_statement_ref mine on mine.organisation_id = r.organisation_id and mine.seq = ?
        where r.organisation_id = ? and r.target_id = ?""")) {
      insert.setLong(1, statement.seq());
      insert.setString(2, org.toString());
      insert.setString(3, statement.id().toString());
      insert.executeUpdate();
    }
  }
}
