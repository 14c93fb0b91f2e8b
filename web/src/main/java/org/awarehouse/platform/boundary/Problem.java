package org.awarehouse.platform.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.awarehouse.platform.control.FieldError;

/**
 * An RFC 9457 problem detail. {@code errorId} ties the response to the server log line; {@code
 * errors} lists the fields that failed validation.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errorId", "errors"})
public record Problem(
    String type, String title, int status, String detail, String instance, String errorId, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_PREFIX = "urn:awarehouse:problem:";

  public static Problem of(
      String typeSlug, String title, int status, String detail, String instance, String errorId, List<FieldError> errors) {
    return new Problem(TYPE_PREFIX + typeSlug, title, status, detail, instance, errorId,
        errors == null || errors.isEmpty() ? null : List.copyOf(errors));
  }
}
