package org.awarehouse.it;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Load driver of {@code bench/run xapi-query} (not a test): fills one organisation with millions
 * of statements straight in SQL (the same rows and index rows the LRS writes, made by MariaDB's
 * sequence engine, because ingesting them through HTTP would take an hour), then times the
 * standard queries through the Statement Resource. Baseline: GET /xapi/about on the same server.
 *
 * <p>Arguments: base URL, operator token, JDBC URL, statements, queries per kind.
 */
public final class XapiQueryBench {
  static final int LEARNERS = 50_000;
  static final int ACTIVITIES = 2_000;
  static final String HOME = "https://awarehouse.example.org";

  private XapiQueryBench() {}

  public static void main(String[] args) throws Exception {
    String base = args[0].replaceFirst("/+$", "");
    String jdbc = args[2];
    long statements = Long.parseLong(args[3]);
    int queries = Integer.parseInt(args[4]);
    String admin = BenchApi.newAdmin(base, args[1], "query");
    JsonObject credential = BenchApi.createObject(base + "/api/xapi-credentials", admin,
        "{\"name\":\"bench\",\"read\":true,\"write\":true}");
    String authorization = "Basic " + Base64.getEncoder().encodeToString(
        (credential.getString("key") + ":" + credential.getString("secret")).getBytes(StandardCharsets.UTF_8));
    String org = organisation(base, admin);

    long loadStart = System.nanoTime();
    load(jdbc, org, statements);
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

    String since = Instant.now().minus(30, ChronoUnit.DAYS).toString();
    List<Double> activity = time(queries, () -> base + "/xapi/statements?limit=50&since=" + since + "&activity="
        + encode(HOME + "/modules/module-" + ThreadLocalRandom.current().nextInt(ACTIVITIES)), authorization);
    List<Double> agent = time(queries, () -> base + "/xapi/statements?limit=50&agent=" + encode(
        "{\"account\":{\"homePage\":\"" + HOME + "\",\"name\":\"learner-" + ThreadLocalRandom.current().nextInt(LEARNERS)
            + "\"}}"), authorization);
    List<Double> about = time(queries, () -> base + "/xapi/about", authorization);
    System.out.printf(Locale.ROOT, "{\"bench\":\"xapi-query\",\"value\":%.1f,\"unit\":\"ms p95 (activity+since)\","
            + "\"agent_p95_ms\":%.1f,\"activity_p50_ms\":%.1f,\"agent_p50_ms\":%.1f,\"baseline\":\"GET /xapi/about p95\","
            + "\"baseline_value\":%.1f,\"ratio\":%.1f,\"statements\":%d,\"load_s\":%.0f}%n",
        p(activity, 95), p(agent, 95), p(activity, 50), p(agent, 50), p(about, 95), p(activity, 95) / p(about, 95),
        statements, loadSeconds);
  }

  /** The rows the LRS would write for each statement: the statement, its agents, its activities. */
  static void load(String jdbc, String org, long statements) throws Exception {
    try (Connection c = DriverManager.getConnection(jdbc); Statement sql = c.createStatement()) {
      long done = 0;
      long chunk = 500_000;
      Instant newest = Instant.now();
      while (done < statements) {
        long n = Math.min(chunk, statements - done);
        try (PreparedStatement insert = c.prepareStatement("""
            insert into xapi_statement (organisation_id, statement_id, stored, occurred, verb_key, registration, body)
            select ?, uuid(), timestamp(?) - interval ((? - (s.seq + ?)) * 3) second,
              timestamp(?) - interval ((? - (s.seq + ?)) * 3) second,
              unhex(left(sha2(concat('http://adlnet.gov/expapi/verbs/', elt(1 + mod(s.seq, 3), 'experienced', 'answered',
                'completed')), 256), 32)), null,
              concat('{"actor":{"objectType":"Agent","account":{"homePage":"', ?, '","name":"learner-',
                mod(s.seq + ?, ?), '"}},"verb":{"id":"http://adlnet.gov/expapi/verbs/',
                elt(1 + mod(s.seq, 3), 'experienced', 'answered', 'completed'), '"},"object":{"objectType":"Activity",',
                '"id":"', ?, '/modules/module-', mod(s.seq + ?, ?), '","definition":{"name":{"en-US":"A module"}}},',
                '"result":{"success":true,"score":{"scaled":0.8}},"timestamp":"2026-01-01T00:00:00.000Z",',
                '"stored":"2026-01-01T00:00:00.000Z","version":"1.0.0"}')
            from seq_1_to_%d s""".formatted(n))) {
          int i = 1;
          insert.setString(i++, org);
          insert.setString(i++, newest.toString().replace("T", " ").replace("Z", ""));
          insert.setLong(i++, statements);
          insert.setLong(i++, done);
          insert.setString(i++, newest.toString().replace("T", " ").replace("Z", ""));
          insert.setLong(i++, statements);
          insert.setLong(i++, done);
          insert.setString(i++, HOME);
          insert.setLong(i++, done);
          insert.setInt(i++, LEARNERS);
          insert.setString(i++, HOME);
          insert.setLong(i++, done);
          insert.setInt(i++, ACTIVITIES);
          insert.executeUpdate();
        }
        done += n;
        System.err.printf("loaded %d statements%n", done);
      }
      sql.execute("""
          insert into xapi_statement_agent (organisation_id, agent_key, seq, related_only)
          select organisation_id, unhex(left(sha2(concat('account:%1$s|',
            json_unquote(json_extract(body, '$.actor.account.name'))), 256), 32)), seq, false
          from xapi_statement where organisation_id = '%2$s'""".formatted(HOME, org));
      sql.execute("""
          insert into xapi_statement_activity (organisation_id, activity_key, seq, related_only)
          select organisation_id, unhex(left(sha2(json_unquote(json_extract(body, '$.object.id')), 256), 32)), seq, false
          from xapi_statement where organisation_id = '%s'""".formatted(org));
    }
  }

  interface Url {
    String next();
  }

  static List<Double> time(int count, Url url, String authorization) throws Exception {
    for (int i = 0; i < Math.min(20, count); i++) {
      get(url.next(), authorization); // warm-up
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long t0 = System.nanoTime();
      get(url.next(), authorization);
      millis.add((System.nanoTime() - t0) / 1e6);
    }
    return millis;
  }

  static void get(String url, String authorization) throws Exception {
    HttpResponse<String> response = BenchApi.HTTP.send(HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", authorization).header("X-Experience-API-Version", "1.0.3").GET().build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
    }
  }

  static double p(List<Double> values, int percentile) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
  }

  private static String organisation(String base, String admin) throws Exception {
    HttpResponse<String> response = BenchApi.HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/organisations/current"))
        .header("Authorization", "Bearer " + admin).GET().build(), HttpResponse.BodyHandlers.ofString());
    try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
      return reader.readObject().getString("id");
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
