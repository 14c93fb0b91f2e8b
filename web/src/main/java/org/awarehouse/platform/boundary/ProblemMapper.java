package org.awarehouse.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one exception mapper of the API: every failure leaves as application/problem+json. Server
 * faults are logged with their error id and stack trace; client errors are not worth a log line.
 * No body ever carries a stack trace or an exception class.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Context UriInfo uri;

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
    return toResponse(mapped);
  }

  static Response toResponse(Problems.Mapped mapped) {
    Response.ResponseBuilder response = Response.status(mapped.problem().status())
        .type(Problem.MEDIA_TYPE)
        .entity(mapped.problem());
    mapped.headers().forEach(response::header);
    return response.build();
  }

  private void rollbackIfActive() {
    if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      transactions.setRollbackOnly();
    }
  }
}
