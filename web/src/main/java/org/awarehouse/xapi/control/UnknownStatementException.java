package org.awarehouse.xapi.control;

import org.awarehouse.platform.control.NotFoundException;

/** No statement with this id (or not in the state asked for: voided or not) for this credential. */
public class UnknownStatementException extends NotFoundException {

  public UnknownStatementException(String detail) {
    super(detail);
  }

  @Override
  public String type() {
    return "xapi-unknown-statement";
  }

  @Override
  public String title() {
    return "No such statement";
  }
}
