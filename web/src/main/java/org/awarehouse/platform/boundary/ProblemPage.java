package org.awarehouse.platform.boundary;

/** The readable HTML form of a problem, for people in a browser or an LMS iframe. */
public final class ProblemPage {

  private ProblemPage() {}

  /**
   * Whether the request comes from a browser page load. Browsers always send text/html together
   * with application/xhtml+xml; HTTP libraries that list text/html in a default Accept header
   * (Java's own does) do not, and get problem+json.
   */
  public static boolean wantedBy(String acceptHeader) {
    return acceptHeader != null && acceptHeader.contains("text/html") && acceptHeader.contains("application/xhtml+xml");
  }

  public static String html(Problem problem) {
    return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%1$s – Awarehouse</title>
        <style>body{font:1rem/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1d1d1f}
        code{background:#f2f2f2;padding:0 .25rem}</style></head>
        <body><main><h1>%1$s</h1><p>%2$s</p><p>Error id: <code>%3$s</code></p></main></body></html>
        """.formatted(escape(problem.title()), escape(problem.detail()), escape(problem.errorId()));
  }

  public static String escape(String text) {
    return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
