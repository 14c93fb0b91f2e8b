package org.awarehouse.xapi.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The statements of every organisation in MariaDB. Writes go through JDBC batches, because an
 * ingest of thousands of statements a second cannot afford an entity per row; a batch is stored
 * whole or not at all, together with its index rows and its effect on the progress projection.
 */
@ApplicationScoped
public class StatementStore {
  private static final JsonProvider JSON = JsonProvider.provider();

  @Resource(lookup = "java:jboss/datasources/AwarehouseDS") DataSource dataSource;
  @Inject ProgressProjection progress;
  @Inject Forwarding forwarding;
  @Inject AttachmentStore attachments;

  /**
   * A valid statement with every LRS-set property filled in, ready to store, with its JSON text to
   * store, and as it was received (a statement sent again is compared as received); {@code
   * progress} is what it says about progress, empty when it is not about an activity.
   */
  public record Prepared(
      UUID id, boolean clientChoseId, JsonObject statement, String text, JsonObject received, StatementFacts facts,
      Instant stored, Instant occurred, Optional<ProgressProjection.Step> progress) {}

  /** Stores a batch that carries no attachment data. */
  @Transactional
  public List<UUID> store(UUID organisationId, List<Prepared> batch) {
    return store(organisationId, batch, List.of());
  }

  /**
   * Stores the batch and its attachment data in one transaction. A statement whose id is stored
   * with the same content is skipped (a client may retry); different content is a conflict and
   * stores nothing, attachment data included.
   *
   * @return the ids of the batch, in order
   */
  @Transactional
  public List<UUID> store(UUID organisationId, List<Prepared> batch, Collection<AttachmentPart> data) {
    try (Connection connection = dataSource.getConnection()) {
      attachments.save(connection, organisationId, data, batch.get(0).stored());
      // Most batches are new: insert them at once. A statement id that is taken stops the insert
      // whole (MariaDB undoes that one statement, the transaction goes on), and then the batch is
      // compared with what is stored: the same content is skipped, other content is a conflict.
      // The same comparison answers a retry that arrived while the first request was storing.
      List<Prepared> fresh = batch;
      Map<UUID, Long> seqs = insertNew(connection, organisationId, batch);
      if (seqs == null) {
        fresh = notStoredYet(connection, organisationId, batch);
        seqs = fresh.isEmpty() ? Map.of() : insert(connection, organisationId, fresh);
      }
      if (!fresh.isEmpty()) {
        follow(connection, organisationId, fresh, seqs);
      }
      return batch.stream().map(Prepared::id).toList();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot store statements", e);
    }
  }

  /** What storing new statements entails: index rows, references, voiding, progress, forwarding. */
  private void follow(Connection connection, UUID org, List<Prepared> fresh, Map<UUID, Long> seqs) throws SQLException {
    index(connection, org, fresh, seqs);
    StatementRefs.record(connection, org, fresh, seqs);
    List<StoredStatement> voidedNow = voidTargets(connection, org, fresh);
    progress.apply(connection, org, fresh, voidedNow);
    forwarding.enqueue(connection, org, fresh.stream().map(p -> seqs.get(p.id())).toList());
  }

  /** The statements of the batch that are not stored; a stored one with other content is a conflict. */
  private List<Prepared> notStoredYet(Connection connection, UUID org, List<Prepared> batch) throws SQLException {
    Map<UUID, JsonObject> existing = existing(connection, org, batch);
    List<Prepared> fresh = new ArrayList<>();
    for (Prepared statement : batch) {
      JsonObject stored = existing.get(statement.id());
      if (stored == null) {
        fresh.add(statement);
      } else if (!StatementComparison.same(stored, statement.received())) {
        throw new ConflictingStatementException(statement.id().toString());
      }
    }
    return fresh;
  }

  /** Stored statements with ids the client chose; ids the LRS made just now cannot be stored yet. */
  private Map<UUID, JsonObject> existing(Connection connection, UUID org, List<Prepared> all) throws SQLException {
    List<Prepared> batch = all.stream().filter(Prepared::clientChoseId).toList();
    if (batch.isEmpty()) {
      return Map.of();
    }
    String marks = batch.stream().map(p -> "?").collect(Collectors.joining(","));
    try (PreparedStatement select = connection.prepareStatement(
        "select statement_id, body from xapi_statement where organisation_id = ? and statement_id in (" + marks + ")")) {
      select.setString(1, org.toString());
      for (int i = 0; i < batch.size(); i++) {
        select.setString(i + 2, batch.get(i).id().toString());
      }
      Map<UUID, JsonObject> found = new HashMap<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          found.put(UUID.fromString(rows.getString(1)), parse(rows.getString(2)));
        }
      }
      return found;
    }
  }

  /** MariaDB's error for a duplicate key. */
  private static final int DUPLICATE_KEY = 1062;

  /**
   * Inserts the whole batch; null when one of its ids is stored already, and then nothing is
   * inserted. A batch larger than one INSERT is compared first instead: a duplicate in its second
   * INSERT would leave the first one's rows behind.
   */
  private Map<UUID, Long> insertNew(Connection connection, UUID org, List<Prepared> batch) throws SQLException {
    if (batch.stream().noneMatch(Prepared::clientChoseId)) {
      return insert(connection, org, batch); // ids this LRS just made are stored nowhere
    }
    if (batch.size() > MultiRowInsert.ROWS_PER_STATEMENT) {
      return null;
    }
    try {
      return insert(connection, org, batch);
    } catch (SQLException e) {
      if (e.getErrorCode() == DUPLICATE_KEY) {
        return null;
      }
      throw e;
    }
  }

  /** The rows and their seqs, in one round trip per chunk (INSERT … RETURNING). */
  private Map<UUID, Long> insert(Connection connection, UUID org, List<Prepared> fresh) throws SQLException {
    MultiRowInsert insert = new MultiRowInsert("insert into xapi_statement (organisation_id, statement_id, stored, "
        + "occurred, verb_key, registration, voids, body) values", 8, " returning statement_id, seq");
    for (Prepared p : fresh) {
      insert.add(org.toString(), p.id().toString(), p.stored(), p.occurred(),
          XapiKeys.of(p.facts().verbId()),
          p.facts().registration() == null ? null : p.facts().registration().toString(),
          p.facts().voids() == null ? null : p.facts().voids().toString(), p.text());
    }
    Map<UUID, Long> seqs = new HashMap<>();
    insert.executeReturning(connection, row -> seqs.put(UUID.fromString(row.getString(1)), row.getLong(2)));
    return seqs;
  }

  private void index(Connection connection, UUID org, List<Prepared> fresh, Map<UUID, Long> seqs) throws SQLException {
    MultiRowInsert agents = new MultiRowInsert(
        "insert ignore into xapi_statement_agent (organisation_id, agent_key, seq, related_only) values", 4, "");
    MultiRowInsert activities = new MultiRowInsert(
        "insert ignore into xapi_statement_activity (organisation_id, activity_key, seq, related_only) values", 4, "");
    for (Prepared p : fresh) {
      long seq = seqs.get(p.id());
      for (StatementFacts.Named agent : p.facts().agents()) {
        agents.add(org.toString(), XapiKeys.of(agent.key()), seq, agent.relatedOnly());
      }
      for (StatementFacts.Named activity : p.facts().activities()) {
        activities.add(org.toString(), XapiKeys.of(activity.key()), seq, activity.relatedOnly());
      }
    }
    agents.execute(connection);
    activities.execute(connection);
  }

  /**
   * Voiding (xAPI 1.0.3 Data §2.3.2): the target stays stored but leaves query results. A voiding
   * statement cannot be voided; a target that has not arrived yet is simply not voided.
   */
  private List<StoredStatement> voidTargets(Connection connection, UUID org, List<Prepared> fresh) throws SQLException {
    List<StoredStatement> voided = new ArrayList<>();
    for (Prepared p : fresh) {
      UUID target = p.facts().voids();
      if (target == null) {
        continue;
      }
      Optional<StoredStatement> found = find(connection, org, target).map(Lookup::statement);
      if (found.isEmpty()) {
        continue;
      }
      if (StatementFacts.of(found.get().statement()).voids() != null) {
        throw new InvalidStatementException("object.id", "names a voiding statement, and a voiding statement cannot be voided");
      }
      try (PreparedStatement update = connection.prepareStatement(
          "update xapi_statement set voided = true where organisation_id = ? and statement_id = ?")) {
        update.setString(1, org.toString());
        update.setString(2, target.toString());
        update.executeUpdate();
      }
      voided.add(found.get());
    }
    return voided;
  }

  /** A statement by id, voided or not, with whether it is voided. */
  @Transactional
  public Optional<Lookup> byId(UUID org, UUID id) {
    try (Connection connection = dataSource.getConnection()) {
      return find(connection, org, id);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read a statement", e);
    }
  }

  /** A statement found by id, and whether a voiding statement voided it. */
  public record Lookup(StoredStatement statement, boolean voided) {}

  private Optional<Lookup> find(Connection connection, UUID org, UUID id) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "select seq, body, stored, voided from xapi_statement where organisation_id = ? and statement_id = ?")) {
      select.setString(1, org.toString());
      select.setString(2, id.toString());
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(new Lookup(new StoredStatement(row.getLong(1), parse(row.getString(2)),
                row.getTimestamp(3).toInstant()), row.getBoolean(4)))
            : Optional.empty();
      }
    }
  }

  /**
   * The activity as the latest statement that has it as object describes it (xAPI 1.0.3
   * Communication §2.5: the LRS's canonical definition), or empty when no statement names it.
   */
  @Transactional
  public Optional<JsonObject> activity(UUID org, String activityId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement("""
            select s.body from xapi_statement s where s.seq = (select max(a.seq) from xapi_statement_activity a
              where a.organisation_id = ? and a.activity_key = ? and a.related_only = false)""")) {
      select.setString(1, org.toString());
      select.setBytes(2, XapiKeys.of(activityId));
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(parse(row.getString(1)).getJsonObject("object")) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read an activity", e);
    }
  }

  /** The stored statements with these sequence numbers, in that order, for forwarding. */
  @Transactional
  public List<JsonObject> bySeqs(List<Long> seqs) {
    String marks = seqs.stream().map(s -> "?").collect(Collectors.joining(","));
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(
            "select body from xapi_statement where seq in (" + marks + ") order by seq")) {
      for (int i = 0; i < seqs.size(); i++) {
        select.setLong(i + 1, seqs.get(i));
      }
      List<JsonObject> found = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          found.add(parse(rows.getString(1)));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read statements to forward", e);
    }
  }

  /** One page of a query: up to {@code limit} statements, and whether more follow. */
  public record Page(List<StoredStatement> statements, boolean more) {}

  /**
   * Runs a filtered query; voided statements never match (Communication §2.1.4), and statements
   * targeting a matching one do (§2.1.3.s3).
   */
  @Transactional
  public Page query(UUID org, StatementQuery query) {
    StatementSql sql = StatementSql.of(org, query);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql.text())) {
      sql.bind(select);
      List<StoredStatement> found = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          found.add(new StoredStatement(rows.getLong(1), parse(rows.getString(2)), rows.getTimestamp(3).toInstant()));
        }
      }
      boolean more = found.size() > query.limit();
      return new Page(Collections.unmodifiableList(more ? found.subList(0, query.limit()) : found), more);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot query statements", e);
    }
  }

  static JsonObject parse(String json) {
    try (var reader = JSON.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
