package org.awarehouse.content.control;

import java.net.URI;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Header fields on every content response, found or not. Package content is third-party code:
 * authoring tools (Storyline, Rise, Captivate) write inline scripts, call eval and build media
 * from data: and blob: URLs, so the policy allows exactly that, from the content origin only,
 * and nothing from elsewhere.
 */
public final class ContentSecurityHeaders {
  private final String[] fields;

  private ContentSecurityHeaders(String... fields) {
    this.fields = fields;
  }

  /**
   * @param publicUrl the tool's own URL ({@code awarehouse.public-url}), where cmi5 content
   *     sends its statements
   */
  public static ContentSecurityHeaders forTool(String publicUrl) {
    String tool = origin(publicUrl);
    String policy = String.join("; ",
        "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:",
        // cmi5 content posts statements to the LRS endpoint its launch URL names (cmi5 §8.1),
        // which is on the tool's origin when content has an origin of its own
        "connect-src 'self' " + tool + " data: blob:",
        // no frame-ancestors: CSP checks every ancestor, and above the player sits whichever LMS
        // page embeds the tool (Canvas always frames it), so any list short of all LMSs breaks
        // launches; what isolates content is its origin, not who may frame it
        "form-action 'self'",
        "base-uri 'self'",
        "object-src 'none'");
    return new ContentSecurityHeaders(
        "Content-Security-Policy", policy,
        "X-Content-Type-Options", "nosniff",
        // cmi5 launch URLs carry the fetch URL and registration in their query (cmi5 §8.1); no
        // content page may pass them on to another site
        "Referrer-Policy", "no-referrer",
        "Cross-Origin-Resource-Policy", "same-site");
  }

  /** scheme://host[:port] of a URL, as CSP source expressions and Origin headers write it. */
  static String origin(String url) {
    URI uri = URI.create(url.strip());
    if (uri.getScheme() == null || uri.getHost() == null) {
      throw new IllegalArgumentException("awarehouse.public-url must be an absolute http(s) URL, not " + url);
    }
    return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
        + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }

  public void apply(BiConsumer<String, String> sink) {
    for (int i = 0; i < fields.length; i += 2) {
      sink.accept(fields[i], fields[i + 1]);
    }
  }
}
