package org.awarehouse.content.control;

import org.awarehouse.platform.control.DomainException;

/** An upload longer than {@code awarehouse.packages.max-upload-bytes}; nothing of it is kept. */
public class PackageTooLargeException extends DomainException {

  public PackageTooLargeException(long limit) {
    super("The upload is larger than the limit of " + limit + " bytes. Ask the operator to raise "
        + "AWAREHOUSE_PACKAGES_MAX_UPLOAD_BYTES, or make the package smaller (for example by compressing its video).");
  }

  @Override
  public int status() {
    return 413;
  }

  @Override
  public String type() {
    return "package-too-large";
  }

  @Override
  public String title() {
    return "The package is too large";
  }
}
