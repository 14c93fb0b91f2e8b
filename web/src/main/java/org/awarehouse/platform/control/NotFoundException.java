package org.awarehouse.platform.control;

/**
 * A resource that does not exist for this caller. Resources of another organisation are reported
 * the same way, so that a token never learns what other tenants hold.
 */
public abstract class NotFoundException extends DomainException {

  protected NotFoundException(String detail) {
    super(detail);
  }

  @Override
  public int status() {
    return 404;
  }
}
