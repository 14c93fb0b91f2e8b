package org.awarehouse.xapi.control;

import org.awarehouse.platform.control.DomainException;

/**
 * A document write whose ETag precondition failed (412), or that would overwrite a profile
 * without naming what it overwrites (409): xAPI 1.0.3 Communication §3.1, concurrency.
 */
public class DocumentPreconditionException extends DomainException {
  private final int status;

  private DocumentPreconditionException(int status, String detail) {
    super(detail);
    this.status = status;
  }

  public static DocumentPreconditionException failed(String detail) {
    return new DocumentPreconditionException(412, detail);
  }

  public static DocumentPreconditionException unconditional() {
    return new DocumentPreconditionException(409, "This document exists: send If-Match with its ETag to replace it, "
        + "or If-None-Match: * to create it only if it does not exist.");
  }

  @Override
  public int status() {
    return status;
  }

  @Override
  public String type() {
    return status == 412 ? "xapi-precondition-failed" : "xapi-document-conflict";
  }

  @Override
  public String title() {
    return status == 412 ? "The document's ETag does not match" : "The document exists";
  }
}
