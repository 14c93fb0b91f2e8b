package org.awarehouse.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Forwarding to an external LRS (simulated in the test JVM): every acknowledged statement arrives
 * once and in order, also after the LRS was down; a refusal is parked until an admin retries.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XapiForwardingIT extends XapiItBase {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  HttpServer external;
  final List<String> received = Collections.synchronizedList(new ArrayList<>());
  volatile int answer = 200;
  volatile String authorization;

  @BeforeEach
  void startExternalLrs() throws Exception {
    external = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    external.createContext("/xapi/statements", exchange -> {
      authorization = exchange.getRequestHeaders().getFirst("Authorization");
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      int status = answer;
      if (status == 200) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(body))) {
          reader.readArray().forEach(s -> received.add(s.asJsonObject().getString("id")));
        }
      }
      byte[] reply = (status == 200 ? "[]" : "{\"error\":\"refused\"}").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, reply.length);
      exchange.getResponseBody().write(reply);
      exchange.close();
    });
    external.start();
  }

  @AfterEach
  void stopExternalLrs() {
    external.stop(0);
  }

  @Test
  void everyStatementArrivesOnceAndInOrderEvenAfterAnOutage() throws Exception {
    as(admin).contentType(ContentType.JSON).body(Map.of("endpoint", "http://lrs.example.org/xapi/", "key", "k", "secret", "s"))
        .put("api/xapi/forwarding").then().statusCode(400).body("errors[0].field", equalTo("endpoint"));
    as(admin).contentType(ContentType.JSON).body(Map.of("endpoint", endpoint(), "key", "fwd-key", "secret", "fwd-secret"))
        .put("api/xapi/forwarding").then().statusCode(200).body("endpoint", equalTo(endpoint()));

    List<String> sent = new ArrayList<>(send(3));
    sent.addAll(send(2));
    waitFor(() -> received.size() >= 5);
    assertEquals(sent, received);
    assertEquals("Basic " + Base64.getEncoder().encodeToString("fwd-key:fwd-secret".getBytes(StandardCharsets.UTF_8)),
        authorization);

    answer = 503;
    sent.addAll(send(2));
    waitFor(() -> as(admin).get("api/xapi/forwarding").then().extract().path("lastError") != null);
    as(admin).get("api/xapi/forwarding").then().body("pending", equalTo(1)).body("lastError", containsString("503"));
    sent.addAll(send(1));
    answer = 200;
    waitFor(() -> received.size() >= 8);
    assertEquals(sent, received, "after the outage, in the order they were stored");
    as(admin).get("api/xapi/forwarding").then().body("pending", equalTo(0));
  }

  @Test
  void aRefusalIsParkedUntilAnAdminRetries() throws Exception {
    as(admin).contentType(ContentType.JSON).body(Map.of("endpoint", endpoint(), "key", "k", "secret", "s"))
        .put("api/xapi/forwarding").then().statusCode(200);
    answer = 401;
    List<String> sent = send(2);
    waitFor(() -> ((Integer) as(admin).get("api/xapi/forwarding").then().extract().path("parked")) == 1);
    as(admin).get("api/xapi/forwarding").then().body("lastError", containsString("401"));
    assertTrue(received.isEmpty());

    answer = 200;
    as(admin).post("api/xapi/forwarding/retry").then().statusCode(200).body("requeued", equalTo(1));
    waitFor(() -> received.size() >= 2);
    assertEquals(sent, received);

    as(admin).delete("api/xapi/forwarding").then().statusCode(204);
    as(admin).get("api/xapi/forwarding").then().statusCode(404);
  }

  List<String> send(int count) {
    List<Map<String, Object>> batch = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      batch.add(statement(actor("fwd" + i), EXPERIENCED, "https://example.org/forwarded"));
    }
    return lrs().contentType(ContentType.JSON).body(batch).post("xapi/statements").then().statusCode(200)
        .extract().jsonPath().getList("$");
  }

  String endpoint() {
    return "http://127.0.0.1:" + external.getAddress().getPort() + "/xapi/";
  }

  static void waitFor(BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + 40_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("not within 40 s");
      }
      Thread.sleep(200);
    }
  }
}
