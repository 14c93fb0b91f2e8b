package org.awarehouse.xapi.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The progress projection: per learner, activity and registration, when they started and last
 * did something, whether they completed and passed, the best scaled score and the longest
 * reported duration. It is updated in the transaction that stores the statements, and everything
 * after it (grades, reports) reads it instead of scanning statements. A voided statement's row is
 * recomputed from the statements that remain.
 */
@ApplicationScoped
public class ProgressProjection {
  /** The registration column of statements without one: the nil UUID keeps the key NOT NULL. */
  static final UUID NO_REGISTRATION = new UUID(0, 0);
  static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
  static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
  static final String FAILED = "http://adlnet.gov/expapi/verbs/failed";
  /** cmi5 section 9.3.9: the LMS says a block or course is done, as its AUs' moveOn asks. */
  static final String SATISFIED = "https://w3id.org/xapi/adl/verbs/satisfied";

  @Resource(lookup = "java:jboss/datasources/AwarehouseDS") DataSource dataSource;

  /** What one statement says about progress; empty when it is not about an activity. */
  record Step(String learner, String activity, UUID registration, Instant occurred, Instant completed,
      Boolean passed, Double score, Double durationSeconds) {

    static Optional<Step> of(JsonObject statement, Instant occurred) {
      return of(statement, StatementFacts.of(statement), occurred);
    }

    /** With the facts the store already took from the statement, so they are not taken twice. */
    static Optional<Step> of(JsonObject statement, StatementFacts facts, Instant occurred) {
      JsonObject object = statement.getJsonObject("object");
      Optional<String> learner = StatementFacts.actor(statement);
      if (learner.isEmpty() || !"Activity".equals(object.getString("objectType", "Activity"))) {
        return Optional.empty();
      }
      JsonObject result = statement.get("result") instanceof JsonObject r ? r : JsonValue.EMPTY_JSON_OBJECT;
      boolean completed = COMPLETED.equals(facts.verbId()) || SATISFIED.equals(facts.verbId())
          || result.get("completion") == JsonValue.TRUE;
      Boolean passed = PASSED.equals(facts.verbId()) || result.get("success") == JsonValue.TRUE ? Boolean.TRUE
          : FAILED.equals(facts.verbId()) || result.get("success") == JsonValue.FALSE ? Boolean.FALSE : null;
      Double duration = result.get("duration") instanceof jakarta.json.JsonString d
          ? XapiTimes.durationSeconds(d.getString()).orElse(null) : null;
      return Optional.of(new Step(learner.get(), object.getString("id"),
          facts.registration() == null ? NO_REGISTRATION : facts.registration(), occurred,
          completed ? occurred : null, passed, scaled(result), duration));
    }

    private static Double scaled(JsonObject result) {
      if (!(result.get("score") instanceof JsonObject score)) {
        return null;
      }
      if (score.get("scaled") instanceof JsonNumber scaled) {
        return scaled.doubleValue();
      }
      if (score.get("raw") instanceof JsonNumber raw && score.get("min") instanceof JsonNumber min
          && score.get("max") instanceof JsonNumber max && max.doubleValue() > min.doubleValue()) {
        return (raw.doubleValue() - min.doubleValue()) / (max.doubleValue() - min.doubleValue());
      }
      return null;
    }
  }

  /** Applies newly stored statements, and recomputes the rows of statements voided just now. */
  void apply(Connection connection, UUID org, List<StatementStore.Prepared> fresh, List<StoredStatement> voided)
      throws SQLException {
    List<Step> steps = new ArrayList<>();
    for (StatementStore.Prepared p : fresh) {
      if (p.facts().voids() == null) {
        p.progress().ifPresent(steps::add);
      }
    }
    upsert(connection, org, steps);
    for (StoredStatement target : voided) {
      Optional<Step> gone = Step.of(target.statement(), occurred(target.statement(), target.stored()));
      if (gone.isPresent()) {
        recompute(connection, org, gone.get());
      }
    }
  }

  private static void upsert(Connection connection, UUID org, List<Step> steps) throws SQLException {
    if (steps.isEmpty()) {
      return;
    }
    MultiRowInsert upsert = new MultiRowInsert("""
        insert into xapi_progress (organisation_id, learner_key, activity_key, registration, learner, activity_id,
          started_at, completed_at, passed, score_scaled, duration_seconds, last_activity_at, statements) values""", 13, """
         on duplicate key update
          started_at = least(started_at, values(started_at)),
          completed_at = case when values(completed_at) is null then completed_at
            when completed_at is null then values(completed_at) else least(completed_at, values(completed_at)) end,
          passed = case when passed or values(passed) then true else coalesce(values(passed), passed) end,
          score_scaled = greatest(coalesce(score_scaled, values(score_scaled)), coalesce(values(score_scaled), score_scaled)),
          duration_seconds = greatest(coalesce(duration_seconds, values(duration_seconds)),
            coalesce(values(duration_seconds), duration_seconds)),
          last_activity_at = greatest(last_activity_at, values(last_activity_at)),
          statements = statements + 1""");
    for (Step step : steps) {
      upsert.add(org.toString(), XapiKeys.of(step.learner()), XapiKeys.of(step.activity()), step.registration().toString(),
          truncate(step.learner(), 1000), truncate(step.activity(), 2000), step.occurred(), step.completed(),
          step.passed(), step.score(), step.durationSeconds(), step.occurred(), 1);
    }
    upsert.execute(connection);
  }

  /** Drops one row and applies again, in order, every statement about it that is not voided. */
  private static void recompute(Connection connection, UUID org, Step key) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("delete from xapi_progress where organisation_id = ? "
        + "and learner_key = ? and activity_key = ? and registration = ?")) {
      delete.setString(1, org.toString());
      delete.setBytes(2, XapiKeys.of(key.learner()));
      delete.setBytes(3, XapiKeys.of(key.activity()));
      delete.setString(4, key.registration().toString());
      delete.executeUpdate();
    }
    List<Step> steps = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement("""
        select s.body, s.stored from xapi_statement s
        where s.organisation_id = ? and s.voided = false and s.voids is null
          and s.seq in (select a.seq from xapi_statement_agent a
            where a.organisation_id = ? and a.agent_key = ? and a.related_only = false)
          and s.seq in (select c.seq from xapi_statement_activity c
            where c.organisation_id = ? and c.activity_key = ? and c.related_only = false)
        order by s.seq""")) {
      select.setString(1, org.toString());
      select.setString(2, org.toString());
      select.setBytes(3, XapiKeys.of(key.learner()));
      select.setString(4, org.toString());
      select.setBytes(5, XapiKeys.of(key.activity()));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          JsonObject statement = StatementStore.parse(rows.getString(1));
          Step.of(statement, occurred(statement, rows.getTimestamp(2).toInstant()))
              .filter(s -> s.registration().equals(key.registration()) && s.learner().equals(key.learner()))
              .ifPresent(steps::add);
        }
      }
    }
    upsert(connection, org, steps);
  }

  /**
   * Rebuilds an organisation's projection from its statements, one chunk per transaction, and
   * returns the last statement sequence applied; {@code afterSeq} 0 starts by clearing it.
   */
  @Transactional
  public long rebuildChunk(UUID org, long afterSeq, int chunk) {
    try (Connection connection = dataSource.getConnection()) {
      if (afterSeq == 0) {
        try (PreparedStatement delete = connection.prepareStatement("delete from xapi_progress where organisation_id = ?")) {
          delete.setString(1, org.toString());
          delete.executeUpdate();
        }
      }
      List<Step> steps = new ArrayList<>();
      long last = -1;
      try (PreparedStatement select = connection.prepareStatement("select seq, body, stored from xapi_statement "
          + "where organisation_id = ? and seq > ? and voided = false and voids is null order by seq limit ?")) {
        select.setString(1, org.toString());
        select.setLong(2, afterSeq);
        select.setInt(3, chunk);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            last = rows.getLong(1);
            JsonObject statement = StatementStore.parse(rows.getString(2));
            Step.of(statement, occurred(statement, rows.getTimestamp(3).toInstant())).ifPresent(steps::add);
          }
        }
      }
      upsert(connection, org, steps);
      return last;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot rebuild the progress projection", e);
    }
  }

  /** One row of the projection. {@code completedAt}, {@code passed}, score and duration are nullable. */
  public record Progress(String learner, UUID registration, Instant startedAt, Instant completedAt, Boolean passed,
      Double scoreScaled, Double durationSeconds, Instant lastActivityAt, int statements) {}

  /** The projection's rows for one activity, for everything that reads progress. */
  @Transactional
  public List<Progress> forActivity(UUID org, String activityId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement("""
            select learner, registration, started_at, completed_at, passed, score_scaled, duration_seconds,
              last_activity_at, statements
            from xapi_progress where organisation_id = ? and activity_key = ? order by learner, registration""")) {
      select.setString(1, org.toString());
      select.setBytes(2, XapiKeys.of(activityId));
      List<Progress> rows = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          Timestamp completed = row.getTimestamp(4);
          rows.add(new Progress(row.getString(1), UUID.fromString(row.getString(2)), row.getTimestamp(3).toInstant(),
              completed == null ? null : completed.toInstant(), (Boolean) row.getObject(5),
              (Double) row.getObject(6), (Double) row.getObject(7), row.getTimestamp(8).toInstant(), row.getInt(9)));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the progress projection", e);
    }
  }

  /** The statement's timestamp, which the LRS always sets; stored as a fallback. */
  static Instant occurred(JsonObject statement, Instant stored) {
    return statement.get("timestamp") instanceof jakarta.json.JsonString t
        ? XapiTimes.instant(t.getString()).orElse(stored) : stored;
  }

  private static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.DOUBLE);
    } else {
      statement.setDouble(index, value);
    }
  }

  private static String truncate(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
