package org.awarehouse.runtime.boundary;

import static org.awarehouse.platform.boundary.ProblemPage.escape;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.awarehouse.lti.control.ToolUrls;
import org.awarehouse.platform.control.Sha256;

/**
 * The runtime adapter page and its scripts, on the content origin. The page frames only content
 * of its own origin and runs only these scripts. It sets no frame-ancestors: CSP checks every
 * ancestor, and above the player sits whichever LMS page embeds the tool. Without the attempt
 * token in its fragment the page does nothing.
 */
@Path("/runtime")
public class AdapterResource {
  private static final Map<String, byte[]> SCRIPTS = new ConcurrentHashMap<>();
  private static final java.util.Set<String> SCRIPT_NAMES = java.util.Set.of("adapter.js", "scorm-runtime.js");

  @Inject ToolUrls toolUrls;

  @GET
  @Path("/adapter.html")
  @Produces("text/html; charset=utf-8")
  public Response adapter() {
    String page = """
        <!DOCTYPE html>
        <html lang="en" data-player-origin="%1$s"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Awarehouse module</title>
        <style>html,body{margin:0;height:100%%}iframe{border:0;width:100%%;height:100%%;display:block}
        p{font:1rem system-ui,sans-serif;margin:1rem}</style>
        <script src="/runtime/scorm-runtime.js"></script><script src="/runtime/adapter.js" defer></script>
        </head><body><p id="status" role="status">Loading…</p>
        <iframe id="content" title="Module" hidden allow="fullscreen; autoplay"></iframe></body></html>
        """.formatted(escape(toolUrls.base()));
    return Response.ok(page)
        .header("Content-Security-Policy", "default-src 'none'; script-src 'self'; connect-src 'self'; "
            + "style-src 'unsafe-inline'; frame-src 'self'; base-uri 'none'")
        .header("Cache-Control", "no-store")
        .header("Referrer-Policy", "no-referrer")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @GET
  @Path("/{name}")
  @Produces("text/javascript; charset=utf-8")
  public Response script(@PathParam("name") String name) {
    if (!SCRIPT_NAMES.contains(name)) {
      throw new NotFoundException();
    }
    byte[] script = SCRIPTS.computeIfAbsent(name, AdapterResource::load);
    return Response.ok(script)
        .tag(Sha256.hex(script))
        .header("Cache-Control", "public, max-age=300")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  private static byte[] load(String name) {
    try (InputStream in = AdapterResource.class.getClassLoader().getResourceAsStream("runtime/" + name)) {
      if (in == null) {
        throw new NotFoundException();
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
