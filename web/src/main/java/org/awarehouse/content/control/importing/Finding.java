package org.awarehouse.content.control.importing;

/**
 * One reason a package cannot be imported.
 *
 * @param location where an author finds it: a zip entry name, {@code "imsmanifest.xml line 14"} or
 *     {@code "imsmanifest.xml: resource 'r1'"}
 * @param message what is wrong, in words an author can act on
 */
public record Finding(String location, String message) {

  @Override
  public String toString() {
    return location + ": " + message;
  }
}
