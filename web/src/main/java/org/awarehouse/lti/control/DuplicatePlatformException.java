package org.awarehouse.lti.control;

import org.awarehouse.platform.control.ConflictException;

/** The issuer and client id pair is registered already (by this or another organisation). */
public class DuplicatePlatformException extends ConflictException {

  public DuplicatePlatformException(String issuer, String clientId) {
    super("A platform with issuer " + issuer + " and client id " + clientId
        + " is registered already. Update that registration instead.");
  }

  @Override
  public String type() {
    return "duplicate-platform";
  }

  @Override
  public String title() {
    return "Platform already registered";
  }
}
