package org.awarehouse.runtime.control;

import org.awarehouse.platform.control.ConflictException;

/**
 * A commit from a session that a newer one replaced, typically a second window of the same
 * module: its data would overwrite what the newer session saved.
 */
public class StaleSessionException extends ConflictException {

  public StaleSessionException(String unitId) {
    super("The module was opened again elsewhere; this window's session of unit '" + unitId
        + "' is closed. Continue in the newest window.");
  }

  @Override
  public String type() {
    return "stale-session";
  }

  @Override
  public String title() {
    return "This session was replaced";
  }
}
