package org.awarehouse.content.boundary;

import io.undertow.server.HandlerWrapper;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.HeaderMap;
import io.undertow.util.HeaderValues;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import jakarta.servlet.ServletContext;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.awarehouse.content.control.ContentAddress;
import org.awarehouse.content.control.ContentFiles;
import org.awarehouse.content.control.ContentSecurityHeaders;
import org.awarehouse.content.control.DeliveryPlan;
import org.awarehouse.content.control.FileResponder;
import org.awarehouse.content.control.StoredFile;

/**
 * Package files that are already in memory, answered on Undertow's I/O thread before the servlet
 * chain: no hand-over to a worker thread, no servlet request objects. This is most requests once a
 * package has been played: its pages, scripts, styles and images, and 304s. Everything else (a
 * first request, a file only on disk, a gzip copy not made yet, any 404) falls through to {@link
 * ContentDeliveryServlet}, which gives the same answer with blocking I/O and fills the caches.
 *
 * <p>Registered with {@code META-INF/services/io.undertow.servlet.ServletExtension}; it serves
 * only once the servlet has started and handed over the content files and header fields.
 */
public class ContentFastPath implements ServletExtension {
  private static final String PREFIX = "/content/";

  /** What the servlet hands over at start; null until then. */
  private record Serving(ContentFiles files, ContentSecurityHeaders securityHeaders) {}

  private static volatile Serving serving;

  /** The unchecked way out of the plan when a gzip size is not known yet. */
  private static final class NotInMemory extends RuntimeException {
    NotInMemory() {
      super(null, null, false, false);
    }
  }

  private static final NotInMemory NOT_IN_MEMORY = new NotInMemory();

  static void serve(ContentFiles files, ContentSecurityHeaders securityHeaders) {
    serving = new Serving(files, securityHeaders);
  }

  @Override
  public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
    deploymentInfo.addInitialHandlerChainWrapper(new HandlerWrapper() {
      @Override
      public HttpHandler wrap(HttpHandler next) {
        return exchange -> {
          if (!answered(exchange)) {
            next.handleRequest(exchange);
          }
        };
      }
    });
  }

  /** Answers from memory when it can; false leaves the request untouched for the servlet. */
  static boolean answered(HttpServerExchange exchange) {
    Serving current = serving;
    HttpString method = exchange.getRequestMethod();
    boolean head = Methods.HEAD.equals(method);
    if (current == null || !(head || Methods.GET.equals(method)) || exchange.isHostIncludedInRequestURI()) {
      return false;
    }
    // the raw URI, decoded once by ContentAddress, as the servlet reads it
    String uri = exchange.getRequestURI();
    if (!uri.startsWith(PREFIX) || uri.length() == PREFIX.length()) {
      return false;
    }
    Optional<ContentAddress> address = ContentAddress.parse(uri.substring(PREFIX.length()));
    Optional<StoredFile> found = address.flatMap(current.files()::cachedFind);
    if (found.isEmpty()) {
      return false;
    }
    StoredFile file = found.get();
    HeaderMap requestHeaders = exchange.getRequestHeaders();
    DeliveryPlan plan;
    try {
      plan = FileResponder.plan(head, name -> header(requestHeaders, name), address.get().path(), file, f -> {
        long size = current.files().cachedGzipSize(f);
        if (size == ContentFiles.UNKNOWN) {
          throw NOT_IN_MEMORY;
        }
        return size;
      });
    } catch (NotInMemory e) {
      return false;
    }
    byte[] body = plan.hasBody() ? current.files().cachedBytes(file, plan.gzip()) : null;
    if (plan.hasBody() && body == null) {
      return false;
    }
    HeaderMap responseHeaders = exchange.getResponseHeaders();
    current.securityHeaders().apply((name, value) -> responseHeaders.put(HttpString.tryFromString(name), value));
    exchange.setStatusCode(plan.status());
    plan.headers((name, value) -> responseHeaders.put(HttpString.tryFromString(name), value));
    if (plan.length() >= 0) {
      exchange.setResponseContentLength(plan.length());
    }
    if (body != null) {
      exchange.getResponseSender().send(ByteBuffer.wrap(body, Math.toIntExact(plan.first()),
          Math.toIntExact(plan.length())));
    } else {
      exchange.endExchange();
    }
    return true;
  }

  /** A header field's value; repeated lines are one comma-separated list (RFC 9110 §5.3). */
  private static String header(HeaderMap headers, String name) {
    HeaderValues values = headers.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    return values.size() == 1 ? values.getFirst() : String.join(", ", values);
  }
}
