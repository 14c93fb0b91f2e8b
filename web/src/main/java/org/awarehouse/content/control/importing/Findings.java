package org.awarehouse.content.control.importing;

import java.util.ArrayList;
import java.util.List;

/** Collects findings while a package is read, so an author learns of all of them in one upload. */
final class Findings {
  private final List<Finding> found = new ArrayList<>();

  void add(String location, String message) {
    found.add(new Finding(location, message));
  }

  void addAll(List<Finding> findings) {
    found.addAll(findings);
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  List<Finding> list() {
    return List.copyOf(found);
  }

  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new PackageRejectedException(found);
    }
  }
}
