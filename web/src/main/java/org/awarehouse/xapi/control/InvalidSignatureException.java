package org.awarehouse.xapi.control;

import java.util.List;
import org.awarehouse.platform.control.DomainException;
import org.awarehouse.platform.control.FieldError;

/**
 * A signed statement whose signature is malformed (xAPI Data §2.6.s5.b1: "The LRS MUST reject
 * requests to store Statements that contain malformed signatures, with 400 Bad Request"). It names
 * the signature attachment and, as §2.6.s5.b2 asks, says what is wrong with it.
 */
public class InvalidSignatureException extends DomainException {
  private final List<FieldError> errors;

  public InvalidSignatureException(String field, String message) {
    super(field + ": " + message);
    this.errors = List.of(new FieldError(field, message));
  }

  @Override
  public int status() {
    return 400;
  }

  @Override
  public String type() {
    return "xapi-invalid-signature";
  }

  @Override
  public String title() {
    return "The statement signature is malformed";
  }

  @Override
  public List<FieldError> fieldErrors() {
    return errors;
  }
}
