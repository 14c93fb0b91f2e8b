package org.awarehouse.it;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Load driver of {@code bench/run lti-launch} (not a test): full OIDC login plus launch against
 * a running server, with a simulated platform whose keys the server caches after the first
 * launch. Each virtual user loops login → sign id_token → launch. The baseline is a plain GET of
 * the tool's JWKS at the same concurrency, against the same server in the same run.
 *
 * <p>Arguments: base URL, operator token, concurrency, seconds.
 */
public final class LtiLaunchBench {
  private static final HttpClient HTTP = BenchApi.HTTP;

  private LtiLaunchBench() {}

  public static void main(String[] args) throws Exception {
    String base = args[0].replaceFirst("/+$", "");
    String operator = args[1];
    int concurrency = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 30;
    try (PlatformSimulator platform = new PlatformSimulator()) {
      register(base, operator, platform);
      String target = base + "/lti/launch";
      Runnable launch = () -> launchOnce(base, platform, target);
      run(concurrency, warmUp, launch); // warm-up: JIT, connection pools, the platform key cache
      Result launches = run(concurrency, seconds, launch);
      Runnable jwks = () -> get(base + "/lti/jwks");
      run(concurrency, 3, jwks);
      Result baseline = run(concurrency, seconds, jwks);
      System.err.printf("launches: %d ok, %d failed in %.1f s; jwks: %d ok%n", launches.ok, launches.failed,
          launches.seconds, baseline.ok);
      System.out.printf(java.util.Locale.ROOT,
          "{\"bench\":\"lti-launch\",\"value\":%.0f,\"unit\":\"launches/s\",\"baseline\":\"GET /lti/jwks\","
              + "\"baseline_value\":%.0f,\"ratio\":%.3f,\"p95_ms\":%.1f,\"p99_ms\":%.1f,\"concurrency\":%d,\"errors\":%d}%n",
          launches.rate(), baseline.rate(), launches.rate() / baseline.rate(), launches.percentile(95),
          launches.percentile(99), concurrency, launches.failed);
    }
  }

  record Result(int ok, int failed, double seconds, List<Double> millis) {
    double rate() {
      return ok / seconds;
    }

    double percentile(int p) {
      if (millis.isEmpty()) {
        return Double.NaN;
      }
      List<Double> sorted = new ArrayList<>(millis);
      Collections.sort(sorted);
      return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
  }

  static Result run(int concurrency, int seconds, Runnable action) throws InterruptedException {
    ExecutorService users = Executors.newFixedThreadPool(concurrency);
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    List<Double> millis = Collections.synchronizedList(new ArrayList<>());
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    long start = System.nanoTime();
    for (int i = 0; i < concurrency; i++) {
      users.submit(() -> {
        while (System.nanoTime() < end) {
          long t0 = System.nanoTime();
          try {
            action.run();
            ok.incrementAndGet();
            millis.add((System.nanoTime() - t0) / 1e6);
          } catch (RuntimeException e) {
            failed.incrementAndGet();
          }
        }
      });
    }
    users.shutdown();
    users.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    return new Result(ok.get(), failed.get(), (System.nanoTime() - start) / 1e9, millis);
  }

  static void launchOnce(String base, PlatformSimulator platform, String target) {
    try {
      HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/lti/login?" + form(Map.of(
          "iss", platform.issuer, "login_hint", "user-42", "target_link_uri", target, "client_id", platform.clientId))))
          .GET().build(), HttpResponse.BodyHandlers.ofString());
      if (login.statusCode() != 302) {
        throw new IllegalStateException("login answered " + login.statusCode());
      }
      Map<String, String> auth = PlatformSimulator.query(login.headers().firstValue("Location").orElseThrow());
      String token = platform.sign(platform.resourceLinkClaims(auth, target).build());
      HttpResponse<String> launch = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/lti/launch"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("Cookie", "awh_lti_state_" + auth.get("state").substring(0, 16) + "=" + auth.get("state"))
          .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("id_token", token, "state", auth.get("state")))))
          .build(), HttpResponse.BodyHandlers.ofString());
      if (launch.statusCode() != 200) {
        throw new IllegalStateException("launch answered " + launch.statusCode());
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static void get(String url) {
    try {
      HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
          HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("answered " + response.statusCode());
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void register(String base, String operator, PlatformSimulator platform) throws Exception {
    String admin = BenchApi.newAdmin(base, operator, "bench");
    String body = jakarta.json.Json.createObjectBuilder(Map.of(
        "name", "Bench platform", "issuer", platform.issuer, "clientId", platform.clientId,
        "authUrl", platform.authUrl(), "tokenUrl", platform.base() + "/token", "jwksUrl", platform.jwksUrl(),
        "deploymentIds", List.of(platform.deploymentId))).build().toString();
    BenchApi.create(base + "/api/platforms", admin, body, "id");
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
