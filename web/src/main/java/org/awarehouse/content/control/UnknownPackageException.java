package org.awarehouse.content.control;

import org.awarehouse.platform.control.NotFoundException;

/** No package (or version) with this id in the caller's organisation. */
public class UnknownPackageException extends NotFoundException {

  public UnknownPackageException(String detail) {
    super(detail);
  }

  @Override
  public String type() {
    return "unknown-package";
  }

  @Override
  public String title() {
    return "Unknown package";
  }
}
