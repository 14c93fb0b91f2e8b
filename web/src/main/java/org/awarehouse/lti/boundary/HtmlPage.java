package org.awarehouse.lti.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The LTI pages' common answer: HTML in UTF-8, never cached, and a Content-Security-Policy that
 * lets only the page's own inline script run (by a per-response nonce) and forms post only to
 * this tool and the named platform origins. Framing stays allowed: LMSs embed these pages.
 */
final class HtmlPage {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The style every page shares: readable, calm and usable on a phone. */
  static final String STYLE = "body{font:1rem/1.5 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;"
      + "color:#1d1d1f}a,button{color:#0b57d0}button{font:inherit;padding:.5rem 1.25rem;color:#fff;background:#0b57d0;"
      + "border:0;border-radius:.375rem}button:focus-visible,select:focus-visible,input:focus-visible{outline:3px solid #1d1d1f;"
      + "outline-offset:2px}.meta{color:#4a4a4f;font-size:.9rem}";

  private final String nonce;

  HtmlPage() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    this.nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The nonce that this page's {@code <script>} elements must carry. */
  String nonce() {
    return nonce;
  }

  Response.ResponseBuilder answer(String html, String... formOrigins) {
    String forms = formOrigins.length == 0 ? "" : " " + String.join(" ", formOrigins);
    return answerWithPolicy(html, "form-action 'self'" + forms);
  }

  /** The player: the same policy, plus frames from the content origin only. */
  Response.ResponseBuilder answerFraming(String html, String frameOrigin) {
    return answerWithPolicy(html, "form-action 'self'; frame-src " + frameOrigin);
  }

  private Response.ResponseBuilder answerWithPolicy(String html, String more) {
    return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header("Content-Security-Policy", "default-src 'none'; script-src 'nonce-" + nonce + "'; "
            + "style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; " + more)
        .header("Cache-Control", "no-store");
  }
}
