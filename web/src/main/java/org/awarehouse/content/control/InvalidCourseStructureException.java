package org.awarehouse.content.control;

/** A cmi5.xml that cannot be read or lacks what a module needs. */
public class InvalidCourseStructureException extends RuntimeException {

  public InvalidCourseStructureException(String message) {
    super(message);
  }

  public InvalidCourseStructureException(String message, Throwable cause) {
    super(message, cause);
  }
}
