package org.awarehouse.platform.boundary;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * Bean Validation failures. A mapper for exactly this type is needed because RESTEasy ships its
 * own for {@code ValidationException}, which is closer than {@code Throwable} and would win.
 */
@Provider
public class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ConstraintViolationException violations) {
    Problem problem = Problems.validation(violations, uri.getRequestUri().getRawPath(), Problems.newErrorId());
    return ProblemMapper.toResponse(new Problems.Mapped(problem, Map.of(), false), headers);
  }
}
