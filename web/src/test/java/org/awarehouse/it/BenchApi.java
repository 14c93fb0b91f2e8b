package org.awarehouse.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The admin API steps the load drivers share: a fresh organisation and a created resource. */
final class BenchApi {
  static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  private BenchApi() {}

  /** A new organisation for this run, and an admin token in it. */
  static String newAdmin(String base, String operator, String slugPrefix) throws Exception {
    String org = create(base + "/api/organisations", operator,
        "{\"slug\":\"" + slugPrefix + "-" + System.nanoTime() + "\",\"name\":\"Benchmark\"}", "id");
    return create(base + "/api/organisations/" + org + "/tokens", operator,
        "{\"name\":\"bench\",\"roles\":[\"admin\"]}", "secret");
  }

  /** POSTs JSON that must answer 201, and returns one string field of the answer. */
  static String create(String url, String token, String json, String field) throws Exception {
    return createObject(url, token, json).getString(field);
  }

  /** POSTs JSON that must answer 201, and returns the answer. */
  static JsonObject createObject(String url, String token, String json) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
    }
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }
}
