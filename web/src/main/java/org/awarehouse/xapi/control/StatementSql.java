package org.awarehouse.xapi.control;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.awarehouse.platform.control.Sql;

/**
 * The SQL of a statement query. Agent and activity filters go through their index tables, the
 * others through indexed columns, and every condition starts with the organisation, so each
 * standard filter is an index range scan rather than a walk over the organisation's statements.
 *
 * <p>A filtered query unites two ordered, limited branches: statements that match the filters
 * themselves, and statements whose StatementRef chain reaches one that does (Communication
 * §2.1.3.s3). Each branch reads at most one page, so the union stays as cheap as its branches.
 */
record StatementSql(String text, List<Object> parameters) {

  static StatementSql of(UUID org, StatementQuery query) {
    Builder sql = new Builder();
    if (!query.filtered()) {
      candidates(sql, "s.seq, s.body, s.stored", org, query, none -> { });
      return sql.build();
    }
    sql.add("select s.seq, s.body, s.stored from xapi_statement s join ((");
    candidates(sql, "s.seq", org, query, matching -> filters(matching, "s", org, query));
    sql.add(") union (");
    candidates(sql, "s.seq", org, query, targeting -> targetMatches(targeting, org, query));
    // the union holds at most two pages of seqs; the rows are read once, by primary key
    sql.add(")) m on m.seq = s.seq").add(order(query)).add(" limit ?", query.limit() + 1);
    return sql.build();
  }

  /**
   * Statements of the organisation that are not voided, match, and fall in the query's time and
   * sequence window, in stored order, one more than a page to tell whether a next page exists.
   * Communication §2.1.4.s1.b1: a voided statement never matches, whatever it targets.
   */
  private static void candidates(
      Builder sql, String columns, UUID org, StatementQuery query, Consumer<Builder> match) {
    sql.add("select " + columns + " from xapi_statement s where s.organisation_id = ? and s.voided = false",
        org.toString());
    match.accept(sql);
    window(sql, query);
    sql.add(order(query)).add(" limit ?", query.limit() + 1);
  }

  /** The filters that are not time or sequence based, applied to the statement {@code alias}. */
  private static void filters(Builder sql, String alias, UUID org, StatementQuery query) {
    if (query.agent() != null) {
      sql.add(" and " + alias + ".seq in (select a.seq from xapi_statement_agent a"
          + " where a.organisation_id = ? and a.agent_key = ?", org.toString(), XapiKeys.of(query.agent()))
          .add(query.relatedAgents() ? ")" : " and a.related_only = false)");
    }
    if (query.activity() != null) {
      sql.add(" and " + alias + ".seq in (select c.seq from xapi_statement_activity c"
          + " where c.organisation_id = ? and c.activity_key = ?", org.toString(), XapiKeys.of(query.activity()))
          .add(query.relatedActivities() ? ")" : " and c.related_only = false)");
    }
    if (query.verb() != null) {
      sql.add(" and " + alias + ".verb_key = ?", XapiKeys.of(query.verb()));
    }
    if (query.registration() != null) {
      sql.add(" and " + alias + ".registration = ?", query.registration().toString());
    }
  }

  /**
   * Communication §2.1.3.s3: a statement targeting another through its object meets the filter
   * conditions when the targeted statement does, recursively; xapi_statement_ref lists the whole
   * chain. §2.1.4.s1.b2: a voided target still counts, so its voiding statement is returned.
   */
  private static void targetMatches(Builder sql, UUID org, StatementQuery query) {
    sql.add(" and s.seq in (select r.seq from xapi_statement_ref r join xapi_statement t"
        + " on t.organisation_id = r.organisation_id and t.statement_id = r.target_id"
        + " where r.organisation_id = ?", org.toString());
    filters(sql, "t", org, query);
    sql.add(")");
  }

  /** §2.1.3.s3: since, until and paging apply to the returned statement, never to its target. */
  private static void window(Builder sql, StatementQuery query) {
    if (query.since() != null) {
      sql.add(" and s.stored > ?", Timestamp.from(query.since()));
    }
    if (query.until() != null) {
      sql.add(" and s.stored <= ?", Timestamp.from(query.until()));
    }
    if (query.afterSeq() != null) {
      sql.add(query.ascending() ? " and s.seq > ?" : " and s.seq < ?", query.afterSeq());
    }
  }

  /** Stored order is insertion order. */
  private static String order(StatementQuery query) {
    return query.ascending() ? " order by s.seq asc" : " order by s.seq desc";
  }

  void bind(PreparedStatement statement) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      Sql.bind(statement, i + 1, parameters.get(i));
    }
  }

  /** SQL text and its parameters, appended together so they cannot drift apart. */
  private static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    Builder add(String sql, Object... values) {
      text.append(sql);
      parameters.addAll(List.of(values));
      return this;
    }

    StatementSql build() {
      return new StatementSql(text.toString(), List.copyOf(parameters));
    }
  }
}
