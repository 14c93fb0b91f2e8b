package org.awarehouse.it;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.awarehouse.xapi.control.StatementFacts;
import org.awarehouse.xapi.control.XapiKeys;

/**
 * Load driver of {@code bench/run xapi-ingest} and {@code xapi-single} (not a test): POSTs
 * realistic statements (about 1.5 KB each, many learners and activities) to a running server, in
 * batches of 50 or one per request. The baseline then writes the same rows straight into copies of
 * the store's tables over JDBC, in the same MariaDB, with the same batch size and a commit each:
 * for every statement its row, its agent and activity index rows and its progress row, derived by
 * the store's own {@link StatementFacts}. The LRS's cost beyond those rows is HTTP, JSON,
 * validation and the rules of the spec.
 *
 * <p>Both sides send statements built before the clock starts, so that making them does not take
 * CPU from the server on the same machine. The LRS is sent them without ids, so each POST stores
 * new statements.
 *
 * <p>Arguments: base URL, operator token, JDBC URL, concurrency, seconds, batch size (50 or 1),
 * warm-up seconds.
 */
public final class XapiIngestBench {
  private static int batch = 50;
  /** Distinct statements made up front: enough that learners, activities and registrations vary. */
  private static final int PREPARED_STATEMENTS = 40_000;
  private static final JsonProvider JSON = JsonProvider.provider();
  private static final HttpClient HTTP = BenchApi.HTTP;
  private static final String[] VERBS = {"http://adlnet.gov/expapi/verbs/experienced",
      "http://adlnet.gov/expapi/verbs/answered", "http://adlnet.gov/expapi/verbs/progressed",
      "http://adlnet.gov/expapi/verbs/completed", "http://adlnet.gov/expapi/verbs/passed"};
  private static final List<String> TABLES =
      List.of("xapi_statement", "xapi_statement_agent", "xapi_statement_activity", "xapi_progress");

  private XapiIngestBench() {}

  public static void main(String[] args) throws Exception {
    String base = args[0].replaceFirst("/+$", "");
    String operator = args[1];
    String jdbc = args[2];
    int concurrency = Integer.parseInt(args[3]);
    int seconds = Integer.parseInt(args[4]);
    batch = Integer.parseInt(args[5]);
    int warmUp = args.length > 6 ? Integer.parseInt(args[6]) : 30;
    Credential credential = credential(base, operator);

    List<JsonObject> statements = IntStream.range(0, PREPARED_STATEMENTS).mapToObj(i -> statement()).toList();
    List<String> bodies = new ArrayList<>();
    for (int from = 0; from + batch <= statements.size(); from += batch) {
      List<JsonObject> chunk = statements.subList(from, from + batch);
      bodies.add(batch == 1 ? chunk.get(0).toString() : JSON.createArrayBuilder(chunk).build().toString());
    }
    AtomicLong next = new AtomicLong();
    Runnable post = () -> post(base, credential.authorization(), bodies.get((int) (next.getAndIncrement() % bodies.size())));
    run(concurrency, warmUp, post); // warm-up: the JIT compiles for half a minute
    double lrs = run(concurrency, seconds, post);

    try (Connection setup = DriverManager.getConnection(jdbc); Statement ddl = setup.createStatement()) {
      for (String table : TABLES) {
        ddl.execute("create table if not exists bench_raw_" + table + " like " + table);
      }
    }
    List<List<Rows>> rows = new ArrayList<>();
    JsonObject authority = JSON.createObjectBuilder().add("objectType", "Agent").add("name", "bench")
        .add("account", JSON.createObjectBuilder().add("homePage", base + "/xapi").add("name", credential.key())).build();
    for (int from = 0; from + batch <= statements.size(); from += batch) {
      rows.add(statements.subList(from, from + batch).stream().map(s -> Rows.of(s, authority)).toList());
    }
    ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
      try {
        Connection c = DriverManager.getConnection(jdbc);
        c.setAutoCommit(false);
        return c;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    UUID org = UUID.randomUUID();
    Runnable insert = () -> insert(connections.get(), org, rows.get((int) (next.getAndIncrement() % rows.size())));
    run(concurrency, 5, insert);
    double raw = run(concurrency, seconds, insert);
    // the earlier baseline, for comparison: the statement rows alone, without index or progress rows
    Runnable statementRows = () -> insertStatementRows(connections.get(), org,
        rows.get((int) (next.getAndIncrement() % rows.size())));
    run(concurrency, 3, statementRows);
    double rowsOnly = run(concurrency, seconds, statementRows);

    System.out.printf(Locale.ROOT, "{\"bench\":\"%s\",\"value\":%.0f,\"unit\":\"statements/s\","
        + "\"baseline\":\"%s\",\"baseline_value\":%.0f,\"ratio\":%.2f,\"batch\":%d,"
        + "\"concurrency\":%d,\"statement_rows_only_value\":%.0f,\"statement_rows_only_ratio\":%.2f}%n",
        batch == 1 ? "xapi-single" : "xapi-ingest", lrs,
        "raw JDBC batch insert of the same rows (statement, agent and activity index, progress), a commit per "
            + (batch == 1 ? "statement" : "batch"), raw, lrs / raw, batch, concurrency, rowsOnly, lrs / rowsOnly);
  }

  /** Statements per second that {@code action} (one batch per call) achieves at the concurrency. */
  static double run(int concurrency, int seconds, Runnable action) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    AtomicLong statements = new AtomicLong();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    long start = System.nanoTime();
    for (int i = 0; i < concurrency; i++) {
      pool.submit(() -> {
        while (System.nanoTime() < end) {
          action.run();
          statements.addAndGet(batch);
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    return statements.get() / ((System.nanoTime() - start) / 1e9);
  }

  static void post(String base, String authorization, String body) {
    try {
      HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/xapi/statements"))
          .header("Authorization", authorization).header("X-Experience-API-Version", "1.0.3")
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("POST answered " + response.statusCode() + ": " + response.body());
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The rows the store writes for one statement, but its sequence number, with every index key
   * hashed beforehand: the baseline spends its time on the rows alone.
   */
  record Rows(String body, Instant occurred, byte[] verb, String registration, List<Key> agents, List<Key> activities,
      String learner, String activity, byte[] learnerKey, byte[] activityKey, boolean completed, Boolean passed,
      Double score, Double duration) {

    /** An index row's key and whether the statement names it only as related. */
    record Key(byte[] key, boolean relatedOnly) {
      static List<Key> of(Collection<StatementFacts.Named> named) {
        return named.stream().map(n -> new Key(XapiKeys.of(n.key()), n.relatedOnly())).toList();
      }
    }

    static Rows of(JsonObject statement, JsonObject authority) {
      JsonObject complete = JSON.createObjectBuilder(statement).add("id", UUID.randomUUID().toString())
          .add("stored", Instant.now().toString()).add("authority", authority).add("version", "1.0.0").build();
      StatementFacts facts = StatementFacts.of(complete);
      JsonObject result = complete.getJsonObject("result");
      String verb = facts.verbId();
      String learner = StatementFacts.actor(complete).orElseThrow();
      String activity = complete.getJsonObject("object").getString("id");
      return new Rows(complete.toString(), Instant.parse(complete.getString("timestamp")), XapiKeys.of(verb),
          facts.registration().toString(), Key.of(facts.agents()), Key.of(facts.activities()), learner, activity,
          XapiKeys.of(learner), XapiKeys.of(activity), verb.endsWith("/completed"), verb.endsWith("/passed") || result.getBoolean("success") ? Boolean.TRUE : Boolean.FALSE,
          result.getJsonObject("score").getJsonNumber("scaled").doubleValue(),
          Double.valueOf(result.getString("duration").replaceAll("\\D", "")));
    }
  }

  static void insert(Connection connection, UUID org, List<Rows> rows) {
    try (PreparedStatement statement = connection.prepareStatement(STATEMENT_ROW, Statement.RETURN_GENERATED_KEYS);
        PreparedStatement agent = connection.prepareStatement("insert ignore into bench_raw_xapi_statement_agent "
            + "(organisation_id, agent_key, seq, related_only) values (?, ?, ?, ?)");
        PreparedStatement activity = connection.prepareStatement("insert ignore into bench_raw_xapi_statement_activity "
            + "(organisation_id, activity_key, seq, related_only) values (?, ?, ?, ?)");
        PreparedStatement progress = connection.prepareStatement("insert into bench_raw_xapi_progress "
            + "(organisation_id, learner_key, activity_key, registration, learner, activity_id, started_at, "
            + "completed_at, passed, score_scaled, duration_seconds, last_activity_at, statements) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) on duplicate key update "
            + "started_at = least(started_at, values(started_at)), completed_at = coalesce(completed_at, "
            + "values(completed_at)), passed = values(passed) or passed, score_scaled = greatest(score_scaled, "
            + "values(score_scaled)), duration_seconds = greatest(duration_seconds, values(duration_seconds)), "
            + "last_activity_at = greatest(last_activity_at, values(last_activity_at)), statements = statements + 1")) {
      addStatementRows(statement, org, rows);
      statement.executeBatch();
      List<Long> seqs = new ArrayList<>();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        while (keys.next()) {
          seqs.add(keys.getLong(1));
        }
      }
      for (int i = 0; i < rows.size(); i++) {
        Rows row = rows.get(i);
        index(agent, org, row.agents(), seqs.get(i));
        index(activity, org, row.activities(), seqs.get(i));
        Timestamp occurred = Timestamp.from(row.occurred());
        progress.setString(1, org.toString());
        progress.setBytes(2, row.learnerKey());
        progress.setBytes(3, row.activityKey());
        progress.setString(4, row.registration());
        progress.setString(5, row.learner());
        progress.setString(6, row.activity());
        progress.setTimestamp(7, occurred);
        progress.setTimestamp(8, row.completed() ? occurred : null);
        progress.setBoolean(9, row.passed());
        progress.setDouble(10, row.score());
        progress.setDouble(11, row.duration());
        progress.setTimestamp(12, occurred);
        progress.addBatch();
      }
      agent.executeBatch();
      activity.executeBatch();
      progress.executeBatch();
      connection.commit();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Only the statement rows, in one JDBC batch (sent as MariaDB's bulk insert), a commit each. */
  static void insertStatementRows(Connection connection, UUID org, List<Rows> rows) {
    try (PreparedStatement insert = connection.prepareStatement(STATEMENT_ROW)) {
      addStatementRows(insert, org, rows);
      insert.executeBatch();
      connection.commit();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String STATEMENT_ROW = "insert into bench_raw_xapi_statement (organisation_id, statement_id, "
      + "stored, occurred, verb_key, registration, voids, body) values (?, ?, ?, ?, ?, ?, ?, ?)";

  private static void addStatementRows(PreparedStatement insert, UUID org, List<Rows> rows) throws SQLException {
    Timestamp stored = Timestamp.from(Instant.now());
    for (Rows row : rows) {
      insert.setString(1, org.toString());
      insert.setString(2, UUID.randomUUID().toString());
      insert.setTimestamp(3, stored);
      insert.setTimestamp(4, Timestamp.from(row.occurred()));
      insert.setBytes(5, row.verb());
      insert.setString(6, row.registration());
      insert.setString(7, null);
      insert.setString(8, row.body());
      insert.addBatch();
    }
  }

  private static void index(PreparedStatement insert, UUID org, List<Rows.Key> keys, long seq) throws SQLException {
    for (Rows.Key one : keys) {
      insert.setString(1, org.toString());
      insert.setBytes(2, one.key());
      insert.setLong(3, seq);
      insert.setBoolean(4, one.relatedOnly());
      insert.addBatch();
    }
  }

  /** A statement like a module's runtime sends: a pseudonymous learner, a question answered, a result. */
  static JsonObject statement() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    int learner = random.nextInt(5000);
    int module = random.nextInt(40);
    int question = random.nextInt(12);
    String moduleId = "https://awarehouse.example.org/modules/module-" + module;
    return JSON.createObjectBuilder()
        .add("actor", JSON.createObjectBuilder().add("objectType", "Agent")
            .add("account", JSON.createObjectBuilder().add("homePage", "https://awarehouse.example.org")
                .add("name", "learner-" + learner + "-" + Long.toHexString(learner * 2654435761L))))
        .add("verb", JSON.createObjectBuilder().add("id", VERBS[random.nextInt(VERBS.length)])
            .add("display", JSON.createObjectBuilder().add("en-US", "answered").add("nl-NL", "beantwoordde")))
        .add("object", JSON.createObjectBuilder().add("objectType", "Activity")
            .add("id", moduleId + "/questions/q" + question)
            .add("definition", JSON.createObjectBuilder()
                .add("name", JSON.createObjectBuilder().add("en-US", "Is this invoice's new bank account genuine?")
                    .add("nl-NL", "Is het nieuwe rekeningnummer op deze factuur echt?"))
                .add("description", JSON.createObjectBuilder()
                    .add("en-US", "A supplier mails new bank details two days before a large payment is due.")
                    .add("nl-NL", "Een leverancier mailt nieuwe bankgegevens twee dagen voor een grote betaling."))
                .add("type", "http://adlnet.gov/expapi/activities/cmi.interaction")
                .add("interactionType", "choice")
                .add("correctResponsesPattern", JSON.createArrayBuilder().add("call-back"))
                .add("choices", JSON.createArrayBuilder()
                    .add(JSON.createObjectBuilder().add("id", "pay").add("description",
                        JSON.createObjectBuilder().add("en-US", "Pay, the invoice looks right")))
                    .add(JSON.createObjectBuilder().add("id", "call-back").add("description",
                        JSON.createObjectBuilder().add("en-US", "Call the supplier on the number you already have"))))))
        .add("result", JSON.createObjectBuilder().add("response", random.nextBoolean() ? "call-back" : "pay")
            .add("success", random.nextBoolean()).add("duration", "PT" + random.nextInt(5, 90) + "S")
            .add("score", JSON.createObjectBuilder().add("scaled", random.nextInt(0, 101) / 100.0)))
        .add("context", JSON.createObjectBuilder()
            .add("registration", new UUID(learner, module).toString())
            .add("contextActivities", JSON.createObjectBuilder()
                .add("parent", JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("id", moduleId)))
                .add("category", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                    .add("id", "https://w3id.org/xapi/cmi5/context/categories/moveon"))))
            .add("platform", "Awarehouse").add("language", "nl-NL")
            .add("extensions", JSON.createObjectBuilder().add("https://w3id.org/xapi/cmi5/context/extensions/sessionid",
                UUID.randomUUID().toString())))
        .add("timestamp", Instant.now().minusSeconds(random.nextInt(3600)).toString())
        .build();
  }

  /** An LRS credential of a new organisation: its key and the Authorization header that sends it. */
  record Credential(String key, String authorization) {}

  private static Credential credential(String base, String operator) throws Exception {
    String admin = BenchApi.newAdmin(base, operator, "ingest");
    JsonObject credential = BenchApi.createObject(base + "/api/xapi-credentials", admin,
        "{\"name\":\"bench\",\"read\":true,\"write\":true}");
    return new Credential(credential.getString("key"), "Basic " + Base64.getEncoder().encodeToString(
        (credential.getString("key") + ":" + credential.getString("secret")).getBytes(StandardCharsets.UTF_8)));
  }
}
