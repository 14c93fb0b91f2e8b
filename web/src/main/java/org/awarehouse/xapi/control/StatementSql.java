package org.awarehouse.xapi.control;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The SQL of a statement query. Agent and activity filters go through their index tables, the
 * others through indexed columns, and every condition starts with the organisation, so each
 * standard filter is an index range scan rather than a walk over the organisation's statements.
 */
record StatementSql(String text, List<Object> parameters) {

  static StatementSql of(UUID org, StatementQuery query) {
    StringBuilder sql = new StringBuilder("select s.seq, s.body, s.stored from xapi_statement s "
        + "where s.organisation_id = ? and s.voided = false");
    List<Object> parameters = new ArrayList<>();
    parameters.add(org.toString());
    if (query.agent() != null) {
      sql.append(" and s.seq in (select a.seq from xapi_statement_agent a where a.organisation_id = ? and a.agent_key = ?")
          .append(query.relatedAgents() ? ")" : " and a.related_only = false)");
      parameters.add(org.toString());
      parameters.add(XapiKeys.of(query.agent()));
    }
    if (query.activity() != null) {
      sql.append(" and s.seq in (select c.seq from xapi_statement_activity c where c.organisation_id = ? and c.activity_key = ?")
          .append(query.relatedActivities() ? ")" : " and c.related_only = false)");
      parameters.add(org.toString());
      parameters.add(XapiKeys.of(query.activity()));
    }
    if (query.verb() != null) {
      sql.append(" and s.verb_key = ?");
      parameters.add(XapiKeys.of(query.verb()));
    }
    if (query.registration() != null) {
      sql.append(" and s.registration = ?");
      parameters.add(query.registration().toString());
    }
    if (query.since() != null) {
      sql.append(" and s.stored > ?");
      parameters.add(Timestamp.from(query.since()));
    }
    if (query.until() != null) {
      sql.append(" and s.stored <= ?");
      parameters.add(Timestamp.from(query.until()));
    }
    if (query.afterSeq() != null) {
      sql.append(query.ascending() ? " and s.seq > ?" : " and s.seq < ?");
      parameters.add(query.afterSeq());
    }
    // stored order is insertion order; one row more than asked tells whether a next page exists
    sql.append(query.ascending() ? " order by s.seq asc" : " order by s.seq desc").append(" limit ?");
    parameters.add(query.limit() + 1);
    return new StatementSql(sql.toString(), List.copyOf(parameters));
  }

  void bind(PreparedStatement statement) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      Object value = parameters.get(i);
      if (value instanceof byte[] bytes) {
        statement.setBytes(i + 1, bytes);
      } else {
        statement.setObject(i + 1, value);
      }
    }
  }
}
