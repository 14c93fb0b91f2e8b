package org.awarehouse.xapi.control;

import org.awarehouse.platform.control.DomainException;

/** A request body over the configured limit (413, so that nothing of it is read further). */
public class StatementTooLargeException extends DomainException {

  public StatementTooLargeException(long limit) {
    super("The request body is larger than this LRS accepts (" + limit
        + " bytes, AWAREHOUSE_XAPI_MAX_BODY_BYTES). Send smaller batches.");
  }

  @Override
  public int status() {
    return 413;
  }

  @Override
  public String type() {
    return "xapi-too-large";
  }

  @Override
  public String title() {
    return "The request is too large";
  }
}
