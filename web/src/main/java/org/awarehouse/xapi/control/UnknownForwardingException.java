package org.awarehouse.xapi.control;

import org.awarehouse.platform.control.NotFoundException;

/** The organisation forwards no statements. */
public class UnknownForwardingException extends NotFoundException {

  public UnknownForwardingException() {
    super("This organisation forwards no statements; PUT an endpoint to start.");
  }

  @Override
  public String type() {
    return "xapi-no-forwarding";
  }

  @Override
  public String title() {
    return "No forwarding";
  }
}
