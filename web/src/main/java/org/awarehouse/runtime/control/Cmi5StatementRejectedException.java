package org.awarehouse.runtime.control;

import org.awarehouse.platform.control.DomainException;

/**
 * A statement sent with a cmi5 session's auth-token breaks a rule the LMS enforces (cmi5 section
 * 6.3: the LMS SHOULD reject statements that conflict with section 9). 403 when the statement is
 * outside what the token speaks for (another learner, registration, session or AU, a closed
 * session, voiding); 400 when it breaks the statement rules of section 9.
 */
public class Cmi5StatementRejectedException extends DomainException {
  private final int status;

  private Cmi5StatementRejectedException(int status, String detail) {
    super(detail);
    this.status = status;
  }

  static Cmi5StatementRejectedException forbidden(String section, String detail) {
    return new Cmi5StatementRejectedException(403, detail + " (cmi5 section " + section + ")");
  }

  static Cmi5StatementRejectedException invalid(String section, String detail) {
    return new Cmi5StatementRejectedException(400, detail + " (cmi5 section " + section + ")");
  }

  /** The same finding, naming the statement's place in a batch. */
  Cmi5StatementRejectedException inBatch(int index) {
    return new Cmi5StatementRejectedException(status, "Statement [" + index + "]: " + getMessage());
  }

  @Override
  public int status() {
    return status;
  }

  @Override
  public String type() {
    return "cmi5-statement-rejected";
  }

  @Override
  public String title() {
    return "The statement breaks a cmi5 rule";
  }
}
