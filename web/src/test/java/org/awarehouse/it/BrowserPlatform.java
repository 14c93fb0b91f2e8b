package org.awarehouse.it;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The browser-facing part of the simulated platform, shaped like Canvas: a course page that
 * embeds the tool in an iframe next to a {@code post_message_forwarding} frame offering LTI
 * platform storage, an OIDC authorization endpoint that answers with an auto-posting form, and a
 * deep-linking return URL that keeps what it received.
 */
final class BrowserPlatform {
  static final String STORAGE_FRAME = "post_message_forwarding";

  private final PlatformSimulator platform;
  private final String toolLogin;
  private final String toolTarget;
  /** The claims the authorization endpoint signs for an authentication request. */
  volatile Function<Map<String, String>, JWTClaimsSet> claims;
  /** How long the storage frame takes to load, to test a tool frame that is quicker. */
  volatile long storageFrameDelayMillis;
  /** The JWT the deep-linking return URL last received. */
  volatile String returnedJwt;

  BrowserPlatform(PlatformSimulator platform, String toolLogin, String toolTarget) {
    this.platform = platform;
    this.toolLogin = toolLogin;
    this.toolTarget = toolTarget;
    platform.handle("/course", exchange -> html(exchange, coursePage()));
    platform.handle("/forwarder", exchange -> {
      try {
        Thread.sleep(storageFrameDelayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      html(exchange, FORWARDER);
    });
    platform.handle("/auth", this::authorize);
    platform.handle("/deep-link-return", exchange -> {
      returnedJwt = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)).get("JWT");
      html(exchange, "<!DOCTYPE html><html><body><h1>Received</h1></body></html>");
    });
  }

  String courseUrl() {
    return platform.base() + "/course";
  }

  private String coursePage() {
    String login = toolLogin + "?iss=" + encode(platform.issuer) + "&login_hint=browser-user&target_link_uri="
        + encode(toolTarget) + "&client_id=" + encode(platform.clientId) + "&lti_storage_target=" + STORAGE_FRAME;
    return """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Course</title></head><body>
        <iframe name="%1$s" title="storage" src="/forwarder" hidden></iframe>
        <iframe name="tool" title="Awarehouse" src="%2$s" style="width:100%%;height:40rem"></iframe>
        </body></html>""".formatted(STORAGE_FRAME, login.replace("&", "&amp;"));
  }

  /** Platform storage as Canvas's forwarding frame keeps it: per origin, answering the sender. */
  private static final String FORWARDER = """
      <!DOCTYPE html><html><body><script>
      var store = {};
      window.log = [];
      window.addEventListener('message', function (event) {
        var m = event.data;
        if (!m || typeof m.subject !== 'string') { return; }
        window.log.push(m.subject);
        var mine = store[event.origin] = store[event.origin] || {};
        var reply = { subject: m.subject + '.response', message_id: m.message_id, key: m.key };
        if (m.subject === 'lti.put_data') { mine[m.key] = m.value; reply.value = m.value; }
        else if (m.subject === 'lti.get_data') { reply.value = mine[m.key]; }
        else { return; }
        event.source.postMessage(reply, event.origin);
      });
      </script></body></html>""";

  private void authorize(HttpExchange exchange) throws IOException {
    Map<String, String> request = PlatformSimulator.query(exchange.getRequestURI().toString());
    String idToken;
    try {
      idToken = platform.sign(claims.apply(request));
    } catch (JOSEException e) {
      throw new IOException(e);
    }
    html(exchange, """
        <!DOCTYPE html><html><body>
        <form id="post" method="post" action="%1$s"><input type="hidden" name="id_token" value="%2$s">
        <input type="hidden" name="state" value="%3$s"></form>
        <script>document.getElementById('post').submit();</script></body></html>"""
        .formatted(request.get("redirect_uri"), idToken, request.get("state")));
  }

  private static Map<String, String> form(String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      String[] kv = pair.split("=", 2);
      fields.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    return fields;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static void html(HttpExchange exchange, String page) throws IOException {
    byte[] body = page.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
