package org.awarehouse.it;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load driver of {@code bench/run xapi-ingest} and {@code xapi-single} (not a test): POSTs
 * realistic statements (about 1.5 KB each, many learners and activities) to a running server, in
 * batches of 50 or one per request, then inserts the same kind of rows straight into a copy of the
 * statement table over JDBC, in batches of the same size with a commit each, in the same MariaDB:
 * the baseline the LRS is compared with.
 *
 * <p>Arguments: base URL, operator token, JDBC URL, concurrency, seconds, batch size (50 or 1),
 * warm-up seconds.
 */
public final class XapiIngestBench {
  private static int batch = 50;
  private static final JsonProvider JSON = JsonProvider.provider();
  private static final HttpClient HTTP = BenchApi.HTTP;
  private static final String[] VERBS = {"http://adlnet.gov/expapi/verbs/experienced",
      "http://adlnet.gov/expapi/verbs/answered", "http://adlnet.gov/expapi/verbs/progressed",
      "http://adlnet.gov/expapi/verbs/completed", "http://adlnet.gov/expapi/verbs/passed"};

  private XapiIngestBench() {}

  public static void main(String[] args) throws Exception {
    String base = args[0].replaceFirst("/+$", "");
    String operator = args[1];
    String jdbc = args[2];
    int concurrency = Integer.parseInt(args[3]);
    int seconds = Integer.parseInt(args[4]);
    batch = Integer.parseInt(args[5]);
    int warmUp = args.length > 6 ? Integer.parseInt(args[6]) : 30;
    String authorization = credential(base, operator);

    run(concurrency, warmUp, () -> post(base, authorization)); // warm-up: the JIT compiles for half a minute
    double lrs = run(concurrency, seconds, () -> post(base, authorization));

    try (Connection setup = DriverManager.getConnection(jdbc)) {
      setup.createStatement().execute("create table if not exists bench_raw_statement like xapi_statement");
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
    run(concurrency, 3, () -> insert(connections.get(), org));
    double raw = run(concurrency, seconds, () -> insert(connections.get(), org));

    System.out.printf(Locale.ROOT, "{\"bench\":\"%s\",\"value\":%.0f,\"unit\":\"statements/s\","
        + "\"baseline\":\"%s\",\"baseline_value\":%.0f,\"ratio\":%.2f,\"batch\":%d,"
        + "\"concurrency\":%d}%n", batch == 1 ? "xapi-single" : "xapi-ingest", lrs,
        batch == 1 ? "raw JDBC insert, a commit each" : "raw JDBC batch insert, a commit per batch", raw, lrs / raw,
        batch, concurrency);
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

  static void post(String base, String authorization) {
    JsonArrayBuilder statements = JSON.createArrayBuilder();
    for (int i = 0; i < batch; i++) {
      statements.add(statement());
    }
    try {
      HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/xapi/statements"))
          .header("Authorization", authorization).header("X-Experience-API-Version", "1.0.3")
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(statements.build().toString())).build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("POST answered " + response.statusCode() + ": " + response.body());
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static void insert(Connection connection, UUID org) {
    try (PreparedStatement insert = connection.prepareStatement("insert into bench_raw_statement (organisation_id, "
        + "statement_id, stored, occurred, verb_key, registration, voids, body) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (int i = 0; i < batch; i++) {
        JsonObject statement = statement();
        insert.setString(1, org.toString());
        insert.setString(2, UUID.randomUUID().toString());
        insert.setTimestamp(3, Timestamp.from(Instant.now()));
        insert.setTimestamp(4, Timestamp.from(Instant.now()));
        insert.setBytes(5, java.util.Arrays.copyOf(
            sha.digest(statement.getJsonObject("verb").getString("id").getBytes(StandardCharsets.UTF_8)), 16));
        insert.setString(6, statement.getJsonObject("context").getString("registration"));
        insert.setString(7, null);
        insert.setString(8, statement.toString());
        insert.addBatch();
      }
      insert.executeBatch();
      connection.commit();
    } catch (Exception e) {
      throw new IllegalStateException(e);
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

  private static String credential(String base, String operator) throws Exception {
    String admin = BenchApi.newAdmin(base, operator, "ingest");
    JsonObject credential = BenchApi.createObject(base + "/api/xapi-credentials", admin,
        "{\"name\":\"bench\",\"read\":true,\"write\":true}");
    return "Basic " + Base64.getEncoder().encodeToString(
        (credential.getString("key") + ":" + credential.getString("secret")).getBytes(StandardCharsets.UTF_8));
  }
}
