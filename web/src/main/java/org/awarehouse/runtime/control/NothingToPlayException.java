package org.awarehouse.runtime.control;

import java.util.UUID;
import org.awarehouse.platform.control.NotFoundException;

/**
 * The link names a package with no published version (not yet published, or all retired), or no
 * module that can be played.
 */
public class NothingToPlayException extends NotFoundException {

  public NothingToPlayException(UUID packageId) {
    this("Package " + packageId + " has no published version. An author publishes one in Awarehouse; "
        + "until then this link has nothing to play.");
  }

  private NothingToPlayException(String detail) {
    super(detail);
  }

  /** The link names no built-in module that can be played, such as one without a package. */
  public static NothingToPlayException module(String slug) {
    return new NothingToPlayException("The link's module " + (slug == null ? "(none)" : slug)
        + " is not a built-in module that can be played here.");
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
