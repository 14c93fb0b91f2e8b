package org.awarehouse.content.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/** The file-system half of content collection, apart from the database so that it is unit-tested. */
final class ObjectSweep {

  private ObjectSweep() {}

  /**
   * Deletes objects last touched before {@code before} that {@code referenced} does not name.
   *
   * @param referenced given candidate hashes, answers those some version still references
   */
  static int sweep(Path objects, Instant before, Function<List<String>, Set<String>> referenced,
      Consumer<String> removed) {
    if (!Files.isDirectory(objects)) {
      return 0;
    }
    List<Path> old = new ArrayList<>();
    try (Stream<Path> files = Files.walk(objects, 2)) {
      files.filter(Files::isRegularFile).filter(f -> modified(f).isBefore(before)).forEach(old::add);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the content store", e);
    }
    Set<String> keep = referenced.apply(old.stream().map(f -> f.getFileName().toString()).toList());
    int count = 0;
    for (Path file : old) {
      String sha = file.getFileName().toString();
      if (!keep.contains(sha) && delete(file)) {
        removed.accept(sha);
        count++;
      }
    }
    return count;
  }

  /** Staging directories of uploads that never finished (the server stopped mid-upload). */
  static void removeStaleStaging(Path staging, Instant before) {
    if (!Files.isDirectory(staging)) {
      return;
    }
    try (Stream<Path> dirs = Files.list(staging)) {
      dirs.filter(d -> modified(d).isBefore(before)).forEach(ObjectSweep::deleteTree);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the staging area", e);
    }
  }

  private static Instant modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      return Instant.MAX; // gone or unreadable: not ours to delete now
    }
  }

  private static boolean delete(Path file) {
    try {
      return Files.deleteIfExists(file);
    } catch (IOException e) {
      return false;
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(ObjectSweep::delete);
    } catch (IOException e) {
      // the next pass tries again
    }
  }
}
