package org.awarehouse.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The content store: package files under {@code AWAREHOUSE_DATA_DIR/content}, on a volume every
 * node shares.
 */
@ApplicationScoped
public class ContentStore {

  @Inject
  @ConfigProperty(name = "awarehouse.data-dir")
  String dataDir;

  private volatile Path root;

  public Path root() {
    Path made = root;
    if (made == null) {
      made = Path.of(dataDir).toAbsolutePath().resolve("content");
      root = made;
    }
    return made;
  }

  /**
   * Where the file with this SHA-256 lives: {@code objects/<first two hex digits>/<sha256>}, so that
   * no directory grows past 1/256 of the store. Rejects anything but 64 lower-case hex digits, so a
   * caller's string can never name a path outside the store.
   */
  public Path objectPath(String sha256) {
    return objectPath(root(), sha256);
  }

  static Path objectPath(Path root, String sha256) {
    if (!isSha256(sha256)) {
      throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
    }
    return root.resolve("objects").resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  static boolean isSha256(String value) {
    if (value == null || value.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = value.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Uploads are unpacked here before they are accepted. It is on the same volume as the objects,
   * so that accepting a file is an atomic rename.
   */
  public Path stagingRoot() {
    return root().resolve("staging");
  }

  /**
   * Moves a staged file into the store under its hash, or drops it when the store has it already
   * (files are shared by every version that contains them).
   */
  public void adopt(Path staged, String sha256) throws IOException {
    Path target = objectPath(sha256);
    if (Files.exists(target)) {
      Files.deleteIfExists(staged);
      // a fresh time keeps the collector off it until this upload's rows reference it
      Files.setLastModifiedTime(target, FileTime.fromMillis(System.currentTimeMillis()));
      return;
    }
    Files.createDirectories(target.getParent());
    try {
      Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      Files.deleteIfExists(staged); // another upload adopted the same file meanwhile
    }
  }

  /** Creates the store directory when missing; fails the deployment if it cannot. */
  public void prepare() {
    try {
      Files.createDirectories(root().resolve("objects"));
      Files.createDirectories(stagingRoot());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the content store at " + root(), e);
    }
  }

  /** Whether the store can take new files right now: the directory exists and is writable. */
  public boolean isWritable() {
    Path root = root();
    return Files.isDirectory(root) && Files.isWritable(root);
  }
}
