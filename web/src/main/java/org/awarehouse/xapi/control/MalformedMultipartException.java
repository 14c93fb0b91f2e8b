package org.awarehouse.xapi.control;

import org.awarehouse.platform.control.DomainException;

/**
 * A multipart/mixed statement request that does not follow RFC 2046 §5.1.1 or the xAPI
 * transmission format (Communication §1.5.2.s2.b2); the LRS answers {@code 400 Bad Request}.
 */
public class MalformedMultipartException extends DomainException {

  public MalformedMultipartException(String detail) {
    super(detail);
  }

  @Override
  public int status() {
    return 400;
  }

  @Override
  public String type() {
    return "xapi-malformed-multipart";
  }

  @Override
  public String title() {
    return "The multipart/mixed body is malformed";
  }
}
