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
    if (ProblemPage.wantedBy(request.getHeader("Accept"))) {
      response.setContentType("text/html;charset=UTF-8");
      response.getWriter().write(ProblemPage.html(problem));
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

}
