package org.awarehouse.platform.control;

/** An organisation with this slug exists already; slugs are unique across the installation. */
public class DuplicateSlugException extends ConflictException {

  public DuplicateSlugException(String slug) {
    super("An organisation with slug '" + slug + "' exists already. Choose another slug.");
  }

  @Override
  public String type() {
    return "duplicate-slug";
  }

  @Override
  public String title() {
    return "Slug already in use";
  }
}
