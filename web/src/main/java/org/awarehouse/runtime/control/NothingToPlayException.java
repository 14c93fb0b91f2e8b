package org.awarehouse.runtime.control;

import java.util.UUID;
import org.awarehouse.platform.control.NotFoundException;

/** The link names a package with no published version (not yet published, or all retired). */
public class NothingToPlayException extends NotFoundException {

  public NothingToPlayException(UUID packageId) {
    super("Package " + packageId + " has no published version. An author publishes one in Awarehouse; "
        + "until then this link has nothing to play.");
  }

  @Override
  public String type() {
    return "nothing-to-play";
  }

  @Override
  public String title() {
    return "Nothing to play yet";
  }
}
