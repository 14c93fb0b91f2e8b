package org.awarehouse.platform.control;

import java.util.List;
import java.util.Map;

/**
 * An expected failure that a caller can act on. Each feature names its facts as subclasses; the
 * error mapper turns any of them into a problem+json response without knowing the feature.
 */
public abstract class DomainException extends RuntimeException {

  protected DomainException(String detail) {
    super(detail);
  }

  /** HTTP status code. */
  public abstract int status();

  /** Short, stable slug appended to the problem type URI, e.g. {@code unknown-organisation}. */
  public abstract String type();

  /** Summary of the problem type; the same for every occurrence. */
  public abstract String title();

  /** Field-level findings, for input that failed validation. */
  public List<FieldError> fieldErrors() {
    return List.of();
  }

  /** Response headers the status requires, such as {@code WWW-Authenticate} on a 401. */
  public Map<String, String> headers() {
    return Map.of();
  }
}
