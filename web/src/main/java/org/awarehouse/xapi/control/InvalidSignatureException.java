package org.awarehouse.xapi.control;

import org.awarehouse.platform.control.InvalidInputException;

/**
 * A signed statement whose signature is malformed (xAPI Data §2.6.s5.b1: "The LRS MUST reject
 * requests to store Statements that contain malformed signatures, with 400 Bad Request"). It names
 * the signature attachment and, as §2.6.s5.b2 asks, says what is wrong with it.
 */
public class InvalidSignatureException extends InvalidInputException {

  public InvalidSignatureException(String field, String message) {
    super(field, message);
  }

  @Override
  public String type() {
    return "xapi-invalid-signature";
  }

  @Override
  public String title() {
    return "The statement signature is malformed";
  }
}
