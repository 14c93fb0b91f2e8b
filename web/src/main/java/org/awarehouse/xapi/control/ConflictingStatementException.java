package org.awarehouse.xapi.control;

import org.awarehouse.platform.control.DomainException;

/**
 * A statement whose id the store holds with different content: statements are immutable (xAPI
 * 1.0.3 Communication §2.1.1, 409 Conflict).
 */
public class ConflictingStatementException extends DomainException {

  public ConflictingStatementException(String statementId) {
    super("A different statement with id " + statementId + " is stored already; statements cannot change.");
  }

  @Override
  public int status() {
    return 409;
  }

  @Override
  public String type() {
    return "xapi-statement-conflict";
  }

  @Override
  public String title() {
    return "A statement with this id exists";
  }
}
