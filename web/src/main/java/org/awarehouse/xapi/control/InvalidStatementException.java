package org.awarehouse.xapi.control;

import java.util.List;
import org.awarehouse.platform.control.DomainException;
import org.awarehouse.platform.control.FieldError;

/**
 * A statement, or an agent parameter, that breaks an xAPI data rule. It names the first offending
 * property by its path within the statement, such as {@code actor.mbox} or {@code
 * context.contextActivities.parent[0].id}; the LRS answers {@code 400 Bad Request}.
 */
public class InvalidStatementException extends DomainException {
  private final List<FieldError> errors;

  public InvalidStatementException(String property, String message) {
    super(property + ": " + message);
    this.errors = List.of(new FieldError(property, message));
  }

  @Override
  public int status() {
    return 400;
  }

  @Override
  public String type() {
    return "xapi-invalid-statement";
  }

  @Override
  public String title() {
    return "The statement is not valid xAPI";
  }

  @Override
  public List<FieldError> fieldErrors() {
    return errors;
  }
}
