package org.awarehouse.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The platform side of LTI Dynamic Registration for tests: an OpenID configuration and a
 * registration endpoint that demands the registration token and hands out a client id and
 * deployment. It keeps the last registration request for assertions.
 */
final class RegisteringPlatform implements AutoCloseable {
  static final String TOKEN = "registration-token-1";

  private final HttpServer server;
  volatile String issuer;
  volatile String lastRegistration;
  volatile String lastConfigurationBearer;

  RegisteringPlatform() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    issuer = base();
    server.createContext("/openid-configuration", exchange -> {
      lastConfigurationBearer = exchange.getRequestHeaders().getFirst("Authorization");
      respond(exchange, 200, """
          {"issuer":"%1$s","authorization_endpoint":"%2$s/auth","token_endpoint":"%2$s/token",
           "jwks_uri":"%2$s/jwks","registration_endpoint":"%2$s/register",
           "id_token_signing_alg_values_supported":["RS256"],
           "https://purl.imsglobal.org/spec/lti-platform-configuration":{"product_family_code":"moodle","version":"4.5"}}
          """.formatted(issuer, base()));
    });
    server.createContext("/register", exchange -> {
      if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        respond(exchange, 401, "{\"error\":\"invalid_token\"}");
        return;
      }
      lastRegistration = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      respond(exchange, 200, """
          {"client_id":"dyn-client-%s","https://purl.imsglobal.org/spec/lti-tool-configuration":{"deployment_id":"dep-9"}}
          """.formatted(System.nanoTime()));
    });
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  String configurationUrl() {
    return base() + "/openid-configuration";
  }

  private static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
