package org.awarehouse.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  public Path root() {
    return Path.of(dataDir).toAbsolutePath().resolve("content");
  }

  /** Creates the store directory when missing; fails the deployment if it cannot. */
  public void prepare() {
    try {
      Files.createDirectories(root());
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
