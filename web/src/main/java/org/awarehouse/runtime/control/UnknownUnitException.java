package org.awarehouse.runtime.control;

import org.awarehouse.platform.control.NotFoundException;

/** The adapter asked for a unit the attempt's version does not have. */
public class UnknownUnitException extends NotFoundException {

  public UnknownUnitException(String unitId) {
    super("The package has no unit '" + unitId + "'.");
  }

  @Override
  public String type() {
    return "unknown-unit";
  }

  @Override
  public String title() {
    return "Unknown unit";
  }
}
