package org.awarehouse.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awarehouse.lti.control.KeyEncryption;

/**
 * Load driver of bench/ags-outbox.sh. Arguments: base URL, operator token, JDBC URL of the bench
 * database, the server's key-encryption key, the number of scores, the simulator's latency in ms.
 */
public final class AgsOutboxBench {
  private static final Pattern USER = Pattern.compile("\"userId\"\\s*:\\s*\"([^\"]+)\"");

  private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
  private final AtomicLong lastReceived = new AtomicLong();
  private final int latencyMillis;

  private AgsOutboxBench(int latencyMillis) {
    this.latencyMillis = latencyMillis;
  }

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String operator = args[1];
    String jdbc = args[2];
    byte[] kek = Base64.getDecoder().decode(args[3]);
    int scores = Integer.parseInt(args[4]);
    AgsOutboxBench bench = new AgsOutboxBench(Integer.parseInt(args[5]));
    HttpServer simulator = bench.simulator();
    String platformBase = "http://127.0.0.1:" + simulator.getAddress().getPort();
    try {
      double baseline = bench.baseline(platformBase, scores);
      bench.received.clear();
      String admin = BenchApi.newAdmin(base, operator, "ags");
      String platformId = BenchApi.create(base + "/api/platforms", admin, """
          {"name":"Bench LMS","issuer":"https://bench.lms/%1$s","clientId":"bench","authUrl":"%2$s/auth",
           "tokenUrl":"%2$s/token","jwksUrl":"%2$s/jwks","deploymentIds":["1"]}""".formatted(UUID.randomUUID(),
          platformBase), "id");
      Instant queued = bench.queue(jdbc, new KeyEncryption(kek), UUID.fromString(platformId), platformBase, scores);
      long deadline = System.currentTimeMillis() + 600_000;
      while (bench.received.size() < scores && System.currentTimeMillis() < deadline) {
        Thread.sleep(50);
      }
      Thread.sleep(2000); // a late duplicate would arrive now
      double seconds = (bench.lastReceived.get() - queued.toEpochMilli()) / 1000.0;
      int total = bench.received.values().stream().mapToInt(AtomicInteger::get).sum();
      double rate = bench.received.size() / seconds;
      System.out.printf(java.util.Locale.ROOT,
          "{\"bench\":\"ags-outbox\",\"value\":%.0f,\"unit\":\"scores/s\",\"baseline\":\"direct POSTs by 64 threads\","
              + "\"baseline_value\":%.0f,\"ratio\":%.3f,\"scores\":%d,\"latency_ms\":%d,\"lost\":%d,\"duplicated\":%d}%n",
          rate, baseline, rate / baseline, scores, bench.latencyMillis, scores - bench.received.size(),
          total - bench.received.size());
    } finally {
      simulator.stop(0);
      ((ExecutorService) simulator.getExecutor()).shutdownNow(); // or exec:java waits for its threads
    }
  }

  private HttpServer simulator() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
    server.setExecutor(Executors.newFixedThreadPool(256));
    server.createContext("/token", exchange -> answer(exchange, 200,
        "{\"access_token\":\"bench\",\"token_type\":\"Bearer\",\"expires_in\":3600}"));
    server.createContext("/lineitems", this::score);
    server.start();
    return server;
  }

  private void score(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    try {
      Thread.sleep(latencyMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Matcher user = USER.matcher(body);
    if (user.find()) {
      received.computeIfAbsent(user.group(1), k -> new AtomicInteger()).incrementAndGet();
      lastReceived.accumulateAndGet(System.currentTimeMillis(), Math::max);
    }
    exchange.sendResponseHeaders(204, -1);
    exchange.close();
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  /** What the simulator takes from a client that does nothing but post: 64 threads, same scores. */
  private double baseline(String platformBase, int scores) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(64);
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    for (int t = 0; t < 64; t++) {
      clients.submit(() -> {
        for (int i; (i = next.getAndIncrement()) < scores; ) {
          HttpRequest post = HttpRequest.newBuilder(URI.create(platformBase + "/lineitems/1/scores"))
              .header("Content-Type", "application/vnd.ims.lis.v1.score+json")
              .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"base-" + i + "\",\"scoreGiven\":90}")).build();
          BenchApi.HTTP.send(post, HttpResponse.BodyHandlers.discarding());
        }
        return null;
      });
    }
    clients.shutdown();
    clients.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
    return scores / ((System.nanoTime() - start) / 1e9);
  }

  /** Grade targets and outbox entries for {@code scores} learners, committed at once. */
  private Instant queue(String jdbc, KeyEncryption sealing, UUID platformId, String platformBase, int scores)
      throws Exception {
    try (Connection c = DriverManager.getConnection(jdbc)) {
      c.setAutoCommit(false);
      String org;
      try (var select = c.prepareStatement("select organisation_id from lti_platform where id = ?")) {
        select.setString(1, platformId.toString());
        try (var row = select.executeQuery()) {
          row.next();
          org = row.getString(1);
        }
      }
      Timestamp now = Timestamp.from(Instant.now());
      try (PreparedStatement target = c.prepareStatement("""
              insert into lti_grade_target (platform_id, resource_link_id, learner_id, organisation_id, context_id,
                user_sealed, lineitem_url, lineitems_url, scopes, updated_at) values (?, 'link-1', ?, ?, 'course-1', ?, ?,
                null, 'https://purl.imsglobal.org/spec/lti-ags/scope/score', ?)""");
          PreparedStatement outbox = c.prepareStatement("""
              insert into lti_grade_outbox (organisation_id, platform_id, resource_link_id, learner_id, context_id,
                score_given, score_maximum, activity_progress, grading_progress, scored_at, created_at, next_attempt_at)
              values (?, ?, 'link-1', ?, 'course-1', 90, 100, 'Completed', 'FullyGraded', ?, ?, ?)""")) {
        for (int i = 0; i < scores; i++) {
          String learner = String.format("%043d", i);
          target.setString(1, platformId.toString());
          target.setString(2, learner);
          target.setString(3, org);
          target.setString(4, sealing.encrypt("user-" + i));
          target.setString(5, platformBase + "/lineitems/1");
          target.setTimestamp(6, now);
          target.addBatch();
          outbox.setString(1, org);
          outbox.setString(2, platformId.toString());
          outbox.setString(3, learner);
          outbox.setTimestamp(4, now);
          outbox.setTimestamp(5, now);
          outbox.setTimestamp(6, now);
          outbox.addBatch();
        }
        target.executeBatch();
        outbox.executeBatch();
      }
      c.commit();
      return Instant.now();
    }
  }
}
