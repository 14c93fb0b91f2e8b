package org.awarehouse.it;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A minimal LTI 1.3 platform for tests: its own RSA key served as a JWK Set over HTTP, and the
 * part of an OIDC authorization endpoint that turns the tool's authentication request into a
 * signed id_token. Runs in the test JVM on a free loopback port.
 */
final class PlatformSimulator implements AutoCloseable {
  static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

  final String issuer = "https://platform.test/" + UUID.randomUUID();
  final String clientId = "client-" + UUID.randomUUID();
  final String deploymentId = "deployment-1";
  private volatile RSAKey key;
  private final HttpServer server;

  PlatformSimulator() throws IOException, JOSEException {
    key = newKey();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/jwks", exchange -> {
      byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  /** Serves more of the platform, such as the pages a browser test walks through. */
  void handle(String path, com.sun.net.httpserver.HttpHandler handler) {
    server.createContext(path, handler);
  }

  /** The platform rotates: a new key under a new kid replaces the old one in its JWKS. */
  void rotateKey() throws JOSEException {
    key = newKey();
  }

  private static RSAKey newKey() throws JOSEException {
    return new RSAKeyGenerator(2048).keyID("platform-" + UUID.randomUUID()).keyUse(KeyUse.SIGNATURE)
        .algorithm(JWSAlgorithm.RS256).generate();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  String authUrl() {
    return base() + "/auth";
  }

  String jwksUrl() {
    return base() + "/jwks";
  }

  /** The JSON body that registers this platform through POST /api/platforms. */
  Map<String, Object> registration() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", "Simulated platform");
    body.put("issuer", issuer);
    body.put("clientId", clientId);
    body.put("authUrl", authUrl());
    body.put("tokenUrl", base() + "/token");
    body.put("jwksUrl", jwksUrl());
    body.put("deploymentIds", List.of(deploymentId));
    return body;
  }

  /** The standard claims of a resource-link launch answering the given authentication request. */
  JWTClaimsSet.Builder resourceLinkClaims(Map<String, String> authRequest, String targetLinkUri) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(issuer)
        .subject("user-42")
        .audience(clientId)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)))
        .claim("nonce", authRequest.get("nonce"))
        .claim(LTI + "deployment_id", deploymentId)
        .claim(LTI + "message_type", "LtiResourceLinkRequest")
        .claim(LTI + "version", "1.3.0")
        .claim(LTI + "target_link_uri", targetLinkUri)
        .claim(LTI + "resource_link", Map.of("id", "link-1", "title", "Phishing"))
        .claim(LTI + "roles", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"))
        .claim(LTI + "context", Map.of("id", "course-7", "label", "SEC101", "title", "Security basics"))
        .claim(LTI + "custom", Map.of("module", "spot-it-report-it"))
        .claim(LTI + "launch_presentation", Map.of("locale", "nl-NL"));
  }

  /** A deep-linking request answering the given authentication request. */
  JWTClaimsSet.Builder deepLinkingClaims(Map<String, String> authRequest, List<String> acceptTypes, boolean multiple) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(issuer)
        .subject("teacher-1")
        .audience(clientId)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)))
        .claim("nonce", authRequest.get("nonce"))
        .claim(LTI + "deployment_id", deploymentId)
        .claim(LTI + "message_type", "LtiDeepLinkingRequest")
        .claim(LTI + "version", "1.3.0")
        .claim(LTI + "roles", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"))
        .claim(LTI + "context", Map.of("id", "course-7"))
        .claim("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", Map.of(
            "deep_link_return_url", base() + "/deep-link-return",
            "accept_types", acceptTypes,
            "accept_presentation_document_targets", List.of("iframe", "window"),
            "accept_multiple", multiple,
            "data", "opaque-123"));
  }

  String sign(JWTClaimsSet claims) throws JOSEException {
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  /** The query parameters of the tool's redirect to our authorization endpoint. */
  static Map<String, String> query(String location) {
    Map<String, String> params = new LinkedHashMap<>();
    String query = URI.create(location).getRawQuery();
    for (String pair : query.split("&")) {
      String[] kv = pair.split("=", 2);
      params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    return params;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
