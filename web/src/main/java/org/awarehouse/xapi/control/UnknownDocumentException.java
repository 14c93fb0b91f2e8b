package org.awarehouse.xapi.control;

import org.awarehouse.platform.control.NotFoundException;

/** No document under this id, activity, agent and registration. */
public class UnknownDocumentException extends NotFoundException {

  public UnknownDocumentException() {
    super("There is no such document.");
  }

  @Override
  public String type() {
    return "xapi-unknown-document";
  }

  @Override
  public String title() {
    return "No such document";
  }
}
