package org.awarehouse.platform.control;

import java.util.List;

/** Input that is well-formed JSON but breaks a rule Bean Validation cannot express. */
public class InvalidInputException extends DomainException {
  private final List<FieldError> errors;

  public InvalidInputException(String field, String message) {
    super(field + ": " + message);
    this.errors = List.of(new FieldError(field, message));
  }

  @Override
  public int status() {
    return 400;
  }

  @Override
  public String type() {
    return "validation";
  }

  @Override
  public String title() {
    return "The request is not valid";
  }

  @Override
  public List<FieldError> fieldErrors() {
    return errors;
  }
}
