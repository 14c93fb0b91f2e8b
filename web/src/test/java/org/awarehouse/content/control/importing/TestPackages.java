package org.awarehouse.content.control.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The test packages under {@code web/src/test/packages}, zipped on demand. They live as folders
 * so that reviewers read their manifests in diffs; unit, integration and browser tests zip them.
 */
public final class TestPackages {
  public static final String SCORM12_SINGLE = "scorm12-single";
  public static final String SCORM2004_SINGLE = "scorm2004-single";
  public static final String SCORM2004_MULTI = "scorm2004-multi";
  public static final String CMI5_BASIC = "cmi5-basic";
  public static final List<String> ALL = List.of(SCORM12_SINGLE, SCORM2004_SINGLE, SCORM2004_MULTI, CMI5_BASIC);

  // A fixed time makes the zips byte-for-byte reproducible, so their hashes are too.
  static final String SHARED_SCO = "scorm-test-sco.js";
  static final String SHARED_AU = "cmi5-test-au.js";
  private static final FileTime FIXED_TIME = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));

  private TestPackages() {}

  /** The source folder of a test package. */
  public static Path directory(String name) {
    String basedir = System.getProperty("basedir");
    Path inModule = Path.of(basedir == null ? "" : basedir, "src", "test", "packages", name);
    Path fromRoot = Path.of("web", "src", "test", "packages", name);
    Path found = Files.isDirectory(inModule) ? inModule : fromRoot;
    if (!Files.isDirectory(found)) {
      throw new IllegalArgumentException("No test package " + name + " at " + inModule.toAbsolutePath());
    }
    return found;
  }

  /** A file of the package as it goes into the zip: its own, or the shared test script. */
  public static byte[] source(String name, String path) throws IOException {
    Path file = directory(name).resolve(path);
    return Files.readAllBytes(Files.exists(file) ? file : sharedScript(directory(name)));
  }

  private static Path sharedScript(Path dir) {
    return dir.getParent().resolve(Files.exists(dir.resolve("cmi5.xml")) ? SHARED_AU : SHARED_SCO);
  }

  /** The package zipped into a new temporary file. */
  public static Path zip(String name) {
    return zip(name, Map.of());
  }

  /**
   * The package zipped into a new temporary file, with some files replaced or added.
   *
   * @param overrides path inside the package → new text content
   */
  public static Path zip(String name, Map<String, String> overrides) {
    try {
      Path zip = Files.createTempFile(name + "-", ".zip");
      zipTo(name, overrides, zip);
      return zip;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The test packages share one test script per standard: the SCORM ones packages/scorm-test-sco.js
   * (which speaks both APIs), the cmi5 ones packages/cmi5-test-au.js. Every page that loads
   * {@code sco.js} without one beside it gets its standard's script.
   */
  private static void addTestSco(Path dir, Map<String, byte[]> entries) throws IOException {
    Path shared = sharedScript(dir);
    for (String path : List.copyOf(entries.keySet())) {
      if (!path.endsWith("index.html")) {
        continue;
      }
      String sco = path.substring(0, path.length() - "index.html".length()) + "sco.js";
      if (!entries.containsKey(sco) && new String(entries.get(path), StandardCharsets.UTF_8).contains("src=\"sco.js\"")) {
        entries.put(sco, Files.readAllBytes(shared));
      }
    }
  }

  public static void zipTo(String name, Map<String, String> overrides, Path zip) throws IOException {
    Path dir = directory(name);
    Map<String, byte[]> entries = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        entries.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    addTestSco(dir, entries);
    overrides.forEach((path, text) -> entries.put(path, text.getBytes(StandardCharsets.UTF_8)));
    try (OutputStream out = Files.newOutputStream(zip); ZipArchiveOutputStream archive = new ZipArchiveOutputStream(out)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        ZipArchiveEntry zipEntry = new ZipArchiveEntry(entry.getKey());
        zipEntry.setLastModifiedTime(FIXED_TIME);
        archive.putArchiveEntry(zipEntry);
        archive.write(entry.getValue());
        archive.closeArchiveEntry();
      }
    }
  }
}
