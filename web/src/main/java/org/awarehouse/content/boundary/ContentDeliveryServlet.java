package org.awarehouse.content.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.awarehouse.content.control.ContentAddress;
import org.awarehouse.content.control.ContentFiles;
import org.awarehouse.content.control.ContentSecurityHeaders;
import org.awarehouse.content.control.DeliveryPlan;
import org.awarehouse.content.control.FileResponder;
import org.awarehouse.content.control.StoredFile;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Package files at {@code /content/<content key>/<path inside the package>}, for GET and HEAD.
 * A servlet rather than a JAX-RS resource: static files are the hottest path of the server, and
 * this skips content negotiation, providers and filters meant for the API. It never touches the
 * HTTP session, so the container never sets a cookie on content. Files already in memory are
 * answered earlier still, by {@link ContentFastPath}; this servlet answers the rest the same way.
 */
@WebServlet(urlPatterns = "/content/*", loadOnStartup = 1)
public class ContentDeliveryServlet extends HttpServlet {
  private static final Logger LOG = Logger.getLogger(ContentDeliveryServlet.class.getName());
  private static final String PREFIX = "/content/";
  /** No detail: whether a key exists is nobody's business but its organisation's. */
  private static final byte[] NOT_FOUND_PAGE = """
      <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head>
      <body><h1>Not found</h1><p>There is no such file.</p></body></html>
      """.getBytes(StandardCharsets.UTF_8);

  @Inject ContentFiles files;

  @Inject
  @ConfigProperty(name = "awarehouse.public-url")
  String publicUrl;

  private ContentSecurityHeaders securityHeaders;

  @Override
  public void init() {
    securityHeaders = ContentSecurityHeaders.forTool(publicUrl);
    ContentFastPath.serve(files, securityHeaders);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    serve(request, response, false);
  }

  @Override
  protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
    serve(request, response, true);
  }

  private void serve(HttpServletRequest request, HttpServletResponse response, boolean head) throws IOException {
    securityHeaders.apply(response::setHeader);
    // The raw URI, decoded once by ContentAddress: the container's decoded path info would let
    // an encoded %2F or %2e%2e through already decoded, and hide how often it was decoded.
    String uri = request.getRequestURI();
    int from = request.getContextPath().length() + PREFIX.length();
    Optional<ContentAddress> address =
        uri.length() > from ? ContentAddress.parse(uri.substring(from)) : Optional.empty();
    Optional<StoredFile> file = address.flatMap(files::find);
    if (file.isEmpty()) {
      notFound(response, head);
      return;
    }
    StoredFile stored = file.get();
    DeliveryPlan plan = FileResponder.plan(head, name -> header(request, name), address.get().path(), stored,
        files::gzipSize);
    response.setStatus(plan.status());
    plan.headers(response::setHeader);
    if (plan.length() >= 0) {
      response.setContentLengthLong(plan.length());
    }
    if (plan.hasBody()) {
      send(response, stored, plan);
    }
  }

  private void send(HttpServletResponse response, StoredFile file, DeliveryPlan plan) throws IOException {
    try {
      files.send(file, plan.gzip(), plan.first(), plan.length(), response.getOutputStream());
    } catch (IOException e) {
      if (!response.isCommitted()) {
        throw e;
      }
      // Mostly a client that left (a video element seeking elsewhere); a disk failure after the
      // headers went out can only end the response early too.
      LOG.log(Level.FINE, "A content response ended early", e);
    }
  }

  private static void notFound(HttpServletResponse response, boolean head) throws IOException {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    response.setContentType("text/html;charset=utf-8");
    response.setHeader("Cache-Control", "no-store"); // the key may be in the middle of its import
    response.setContentLength(NOT_FOUND_PAGE.length);
    if (!head) {
      response.getOutputStream().write(NOT_FOUND_PAGE);
    }
  }

  /** A header field's value; repeated lines are one comma-separated list (RFC 9110 §5.3). */
  private static String header(HttpServletRequest request, String name) {
    Enumeration<String> values = request.getHeaders(name);
    if (values == null || !values.hasMoreElements()) {
      return null;
    }
    String first = values.nextElement();
    if (!values.hasMoreElements()) {
      return first;
    }
    StringBuilder joined = new StringBuilder(first);
    while (values.hasMoreElements()) {
      joined.append(", ").append(values.nextElement());
    }
    return joined.toString();
  }
}
