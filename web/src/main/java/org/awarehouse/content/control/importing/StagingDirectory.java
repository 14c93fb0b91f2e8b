package org.awarehouse.content.control.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The directory an import extracts into. It must start empty so a rejection can empty it again. */
final class StagingDirectory {

  private StagingDirectory() {}

  static void requireEmpty(Path dir) {
    try {
      Files.createDirectories(dir);
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalArgumentException("The staging directory " + dir + " is not empty");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare the staging directory " + dir, e);
    }
  }

  /** Deletes everything below {@code dir}, deepest first; links are deleted, never followed. */
  static void empty(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> inside = walk.filter(p -> !p.equals(dir)).sorted(Comparator.reverseOrder()).toList();
      for (Path p : inside) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot empty the staging directory " + dir, e);
    }
  }
}
