package org.awarehouse.content.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;

/**
 * Gzip copies of stored text files at {@code gzip/<first two hex digits>/<sha256>.gz}, made once
 * per content and shared by every node through the store's volume. A copy is written to a temp
 * file in its final directory and renamed into place, so a reader sees either no copy or a whole
 * one, and nodes racing to make the first copy each rename a complete file.
 */
public final class GzipCopies {
  private static final int BUFFER = 64 * 1024;

  private final Path root;

  /** @param root the directory of copies, {@code <content store>/gzip} */
  public GzipCopies(Path root) {
    this.root = root;
  }

  public Path pathOf(String sha256) {
    return root.resolve(sha256.substring(0, 2)).resolve(sha256 + ".gz");
  }

  /** The copy of {@code source} (whose SHA-256 is given), made now if there is none yet. */
  public Path ensure(String sha256, Path source) throws IOException {
    Path target = pathOf(sha256);
    if (Files.exists(target)) {
      return target;
    }
    Path directory = Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(directory, sha256, ".tmp");
    try {
      try (InputStream in = Files.newInputStream(source);
          OutputStream out = new GZIPOutputStream(Files.newOutputStream(temp), BUFFER)) {
        in.transferTo(out);
      }
      moveIntoPlace(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
    return target;
  }

  private static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      // rename(2) replaces an existing copy atomically; the replaced copy has the same bytes
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      // a file system that refuses to replace: another node's copy won, and it is just as good
    }
  }
}
