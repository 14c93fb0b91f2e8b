package org.awarehouse.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one exception mapper: every failure leaves as application/problem+json, or as a readable
 * HTML page when a browser asks for HTML (an LTI launch inside an LMS, a person opening a URL).
 * Server faults are logged with their error id and stack trace; client errors at FINE, with the
 * detail only. No body ever carries a stack trace, an exception class or a token.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  @Override
  public Response toResponse(Throwable failure) {
    rollbackIfActive();
    String errorId = Problems.newErrorId();
    Problems.Mapped mapped = Problems.map(failure, uri.getRequestUri().getRawPath(), errorId);
    if (mapped.serverFault()) {
      LOG.log(Level.SEVERE, "Request failed, error id " + errorId, failure);
    } else {
      LOG.log(Level.FINE, () -> "Rejected request, error id " + errorId + ": " + mapped.problem().detail());
    }
    return toResponse(mapped, headers);
  }

  static Response toResponse(Problems.Mapped mapped, HttpHeaders request) {
    boolean browser = request != null && ProblemPage.wantedBy(request.getHeaderString(HttpHeaders.ACCEPT));
    Response.ResponseBuilder response = Response.status(mapped.problem().status()).header("Cache-Control", "no-store");
    if (browser) {
      response.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(ProblemPage.html(mapped.problem()));
    } else {
      response.type(Problem.MEDIA_TYPE).entity(mapped.problem());
    }
    mapped.headers().forEach(response::header);
    return response.build();
  }

  private void rollbackIfActive() {
    if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      transactions.setRollbackOnly();
    }
  }
}
