package org.awarehouse.it;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The platform's side of LTI Assignment and Grade Services for tests: a token endpoint that
 * checks the tool's signed client assertion against the tool's JWKS, line item container and
 * score endpoints that record what they receive, and switches that take the gradebook down or
 * make it refuse scores.
 */
final class GradebookSimulator {
  /** A score as the platform received it. */
  record Received(String path, String query, String contentType, String body) {}

  final List<Received> scores = new CopyOnWriteArrayList<>();
  final List<String> lineItemsCreated = new CopyOnWriteArrayList<>();
  final AtomicInteger tokensIssued = new AtomicInteger();
  volatile boolean down;
  volatile boolean refuseScores;
  private final PlatformSimulator platform;
  private final String toolJwks;
  private final String accessToken = "at-" + UUID.randomUUID();

  GradebookSimulator(PlatformSimulator platform, String toolJwks) {
    this.platform = platform;
    this.toolJwks = toolJwks;
    platform.handle("/token", this::token);
    platform.handle("/lineitems", this::lineItems);
  }

  String lineItems() {
    return platform.base() + "/lineitems";
  }

  /** A Moodle-shaped line item URL: its query must stay after /scores. */
  String moodleLineItem() {
    return platform.base() + "/lineitems/7/lineitem?type_id=7";
  }

  private void token(HttpExchange exchange) throws IOException {
    Map<String, String> form = PlatformSimulator.query(
        "?" + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    try {
      SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
      RSAKey key = JWKSet.load(URI.create(toolJwks).toURL()).getKeyByKeyId(assertion.getHeader().getKeyID()).toRSAKey();
      var claims = assertion.getJWTClaimsSet();
      boolean valid = assertion.verify(new RSASSAVerifier(key))
          && "client_credentials".equals(form.get("grant_type"))
          && platform.clientId.equals(claims.getIssuer()) && platform.clientId.equals(claims.getSubject())
          && claims.getAudience().contains(platform.base() + "/token");
      if (!valid) {
        send(exchange, 401, "application/json", "{\"error\":\"invalid_client\"}");
        return;
      }
    } catch (Exception e) {
      send(exchange, 400, "application/json", "{\"error\":\"invalid_request\"}");
      return;
    }
    tokensIssued.incrementAndGet();
    send(exchange, 200, "application/json", "{\"access_token\":\"" + accessToken
        + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"" + form.get("scope") + "\"}");
  }

  private void lineItems(HttpExchange exchange) throws IOException {
    if (!("Bearer " + accessToken).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      send(exchange, 401, "application/json", "{\"error\":\"invalid_token\"}");
      return;
    }
    if (down) {
      send(exchange, 503, "text/plain", "down for maintenance");
      return;
    }
    String path = exchange.getRequestURI().getPath();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (path.endsWith("/scores")) {
      if (refuseScores) {
        send(exchange, 400, "application/json", "{\"error\":\"user is not in this course\"}");
        return;
      }
      scores.add(new Received(path, exchange.getRequestURI().getQuery(),
          exchange.getRequestHeaders().getFirst("Content-Type"), body));
      send(exchange, 204, null, "");
    } else if ("POST".equals(exchange.getRequestMethod())) {
      String id = platform.base() + "/lineitems/" + (100 + lineItemsCreated.size());
      lineItemsCreated.add(id);
      send(exchange, 201, "application/vnd.ims.lis.v2.lineitem+json", body.replaceFirst("\\{", "{\"id\":\"" + id + "\","));
    } else {
      send(exchange, 200, "application/vnd.ims.lis.v2.lineitemcontainer+json", "[]");
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (type != null) {
      exchange.getResponseHeaders().add("Content-Type", type);
    }
    exchange.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      if (status != 204) {
        out.write(bytes);
      }
    }
  }
}
