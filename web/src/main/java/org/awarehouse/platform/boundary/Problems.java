package org.awarehouse.platform.boundary;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.awarehouse.platform.control.DomainException;
import org.awarehouse.platform.control.FieldError;

/**
 * Turns any throwable into the one error model: a {@link Problem} plus the headers its status
 * requires. Pure and container-free, so every mapping is unit-tested.
 */
public final class Problems {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Problems() {}

  /** A mapped failure; {@code serverFault} says whether it belongs in the error log. */
  public record Mapped(Problem problem, Map<String, String> headers, boolean serverFault) {}

  /** Short random id that ties a response to its log line. */
  public static String newErrorId() {
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  public static Mapped map(Throwable failure, String instance, String errorId) {
    if (failure instanceof DomainException d) {
      return clientError(Problem.of(d.type(), d.title(), d.status(), d.getMessage(), instance, errorId, d.fieldErrors()),
          d.headers());
    }
    if (failure instanceof ConstraintViolationException v) {
      return clientError(validation(v, instance, errorId), Map.of());
    }
    Optional<Mapped> unreadable = unreadableBody(failure, instance, errorId);
    if (unreadable.isPresent()) {
      return unreadable.get();
    }
    if (failure instanceof WebApplicationException w) {
      return http(w, instance, errorId);
    }
    if (isConflict(failure)) {
      return clientError(Problem.of("conflict", "Conflicting change", 409,
          "The request conflicts with data that was stored meanwhile (for example a unique value is taken). "
              + "Reload and try again.", instance, errorId, null), Map.of());
    }
    return new Mapped(Problem.of("internal", "Internal server error", 500,
        "Something went wrong on our side. Quote error id " + errorId + " if you report it.", instance, errorId, null),
        Map.of(), true);
  }

  /** Bean Validation findings, with the field path as the client wrote it: {@code name}, not {@code create.body.name}. */
  public static Problem validation(ConstraintViolationException v, String instance, String errorId) {
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<?> violation : v.getConstraintViolations()) {
      errors.add(new FieldError(clientPath(violation.getPropertyPath()), violation.getMessage()));
    }
    errors.sort(Comparator.comparing(FieldError::field));
    String detail = errors.size() == 1
        ? "The field '" + errors.get(0).field() + "' " + errors.get(0).message() + "."
        : errors.size() + " fields are not valid; see errors.";
    return Problem.of("validation", "The request is not valid", 400, detail, instance, errorId, errors);
  }

  static String clientPath(Path path) {
    List<String> names = new ArrayList<>();
    StreamSupport.stream(path.spliterator(), false).forEach(node -> {
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
        case PARAMETER -> names.add("#param:" + node.getName());
        default -> names.add(node.getName() + (node.getIndex() != null ? "[" + node.getIndex() + "]" : ""));
      }
    });
    // A violation on the body itself names the parameter; one inside it names the fields only.
    if (names.size() > 1 && names.get(0).startsWith("#param:")) {
      names.remove(0);
    }
    return String.join(".", names).replace("#param:", "");
  }

  private static Optional<Mapped> unreadableBody(Throwable failure, String instance, String errorId) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof JsonParsingException p) {
        JsonLocation at = p.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
        return Optional.of(clientError(Problem.of("malformed-json", "Malformed JSON", 400,
            "The request body is not valid JSON" + where + ": " + p.getMessage()
                + ". Check quotes, commas and brackets.", instance, errorId, null), Map.of()));
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof JsonbException b) {
        return Optional.of(clientError(Problem.of("unreadable-body", "Request body does not fit", 400,
            "The request body is JSON but does not fit this endpoint: " + b.getMessage(), instance, errorId, null),
            Map.of()));
      }
    }
    return Optional.empty();
  }

  private static Mapped http(WebApplicationException w, String instance, String errorId) {
    Response response = w.getResponse();
    int status = response.getStatus();
    Map<String, String> headers = new LinkedHashMap<>();
    String detail = switch (status) {
      case 401 -> {
        copy(response, HttpHeaders.WWW_AUTHENTICATE, headers);
        yield "This endpoint needs an API token: send the header 'Authorization: Bearer <token>'.";
      }
      case 403 -> "Your API token lacks the role this action needs. Ask an administrator for a token with that role.";
      case 404 -> "There is nothing at " + instance + ". The API is described at /openapi.";
      case 405 -> {
        copy(response, HttpHeaders.ALLOW, headers);
        yield "This method is not allowed here" + (headers.containsKey(HttpHeaders.ALLOW)
            ? "; allowed: " + headers.get(HttpHeaders.ALLOW) + "." : ".");
      }
      case 406 -> "This endpoint cannot answer in the media type the Accept header asks for; accept application/json.";
      case 415 -> "This endpoint does not read that Content-Type; send application/json.";
      default -> w.getMessage();
    };
    return new Mapped(forStatus(status, detail, instance, errorId), headers, status >= 500);
  }

  /** A problem that says no more than its HTTP status, titled with the status's reason phrase. */
  static Problem forStatus(int status, String detail, String instance, String errorId) {
    Response.StatusType reason = Response.Status.fromStatusCode(status);
    String title = reason != null ? reason.getReasonPhrase() : "HTTP " + status;
    return Problem.of(status >= 500 ? "internal" : slug(title), title, status, detail, instance, errorId, null);
  }

  private static void copy(Response from, String header, Map<String, String> to) {
    String value = from.getHeaderString(header);
    if (value != null && !value.isBlank()) {
      to.put(header, value);
    }
  }

  private static String slug(String title) {
    return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  private static boolean isConflict(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException) {
        return true;
      }
      // SQLSTATE class 23: integrity constraint violation (unique key, foreign key)
      if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  private static Mapped clientError(Problem problem, Map<String, String> headers) {
    return new Mapped(problem, headers, false);
  }
}
