package org.awarehouse.xapi.control;

import org.awarehouse.platform.control.DomainException;

/** The credential lacks the permission (read or write) that the request needs. */
public class XapiForbiddenException extends DomainException {

  public XapiForbiddenException(String detail) {
    super(detail);
  }

  @Override
  public int status() {
    return 403;
  }

  @Override
  public String type() {
    return "xapi-forbidden";
  }

  @Override
  public String title() {
    return "This credential may not do that";
  }
}
