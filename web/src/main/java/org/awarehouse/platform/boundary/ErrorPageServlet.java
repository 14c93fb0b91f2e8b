package org.awarehouse.platform.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Errors outside JAX-RS (unknown paths, servlet failures), declared as error pages in web.xml.
 * Browsers get a readable page; every other client gets the same problem+json as the API.
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {
  private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());
  private static final Jsonb JSONB = new JsonbProvider().getContext(Problem.class);

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 404;
    String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    String errorId = Problems.newErrorId();
    Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (status >= 500) {
      LOG.log(Level.SEVERE, "Request to " + path + " failed, error id " + errorId, failure);
    }
    Problem problem = problemFor(status, path, errorId);
    response.setStatus(status);
    String accept = request.getHeader("Accept");
    if (accept != null && accept.contains("text/html")) {
      response.setContentType("text/html;charset=UTF-8");
      response.getWriter().write(html(problem));
    } else {
      response.setContentType(Problem.MEDIA_TYPE);
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(JSONB.toJson(problem));
    }
  }

  static Problem problemFor(int status, String path, String errorId) {
    String detail = switch (status) {
      case 404 -> "There is nothing at " + path + ". The API lives under /api and is described at /openapi.";
      case 405 -> "This method is not allowed at " + path + ".";
      default -> status >= 500
          ? "Something went wrong on our side. Quote error id " + errorId + " if you report it."
          : "The request to " + path + " could not be handled.";
    };
    return Problems.forStatus(status, detail, path, errorId);
  }

  static String html(Problem problem) {
    return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%1$s – Awarehouse</title>
        <style>body{font:1rem/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1d1d1f}
        code{background:#f2f2f2;padding:0 .25rem}</style></head>
        <body><main><h1>%1$s</h1><p>%2$s</p><p>Error id: <code>%3$s</code></p></main></body></html>
        """.formatted(escape(problem.title()), escape(problem.detail()), escape(problem.errorId()));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
