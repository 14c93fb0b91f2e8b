package org.awarehouse.platform.control;

/** A request that contradicts what is already stored, such as a duplicate unique name. */
public abstract class ConflictException extends DomainException {

  protected ConflictException(String detail) {
    super(detail);
  }

  @Override
  public int status() {
    return 409;
  }
}
