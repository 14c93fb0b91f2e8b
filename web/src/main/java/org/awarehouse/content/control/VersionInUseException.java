package org.awarehouse.content.control;

import java.util.UUID;
import org.awarehouse.platform.control.ConflictException;

/** Only a draft that was never published may be deleted: links, attempts and reports name the others. */
public class VersionInUseException extends ConflictException {

  public VersionInUseException(UUID packageId, int number) {
    super("Version " + number + " of package " + packageId + " was published, so attempts and reports may name it. "
        + "Retire it instead of deleting it.");
  }

  @Override
  public String type() {
    return "version-in-use";
  }

  @Override
  public String title() {
    return "The version cannot be deleted";
  }
}
