package org.awarehouse.content.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.awarehouse.platform.control.Sha256;

/**
 * A built-in module package as the content-packages build made it: a zip with cmi5.xml at its
 * root. Built-in packages are ours and small, so they are read in memory.
 */
public record BuiltInPackage(String slug, byte[] zip) {
  private static final long MAX_MANIFEST_BYTES = 1 << 20;

  public String sha256() {
    return Sha256.hex(zip);
  }

  /** Reads cmi5.xml and checks that the launch file of every AU is in the zip. */
  public CourseDescriptor describe() {
    try (ZipFile archive = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
      ZipArchiveEntry manifest = archive.getEntry("cmi5.xml");
      if (manifest == null) {
        throw new InvalidCourseStructureException(slug + ": cmi5.xml is missing at the root of the package");
      }
      if (manifest.getSize() > MAX_MANIFEST_BYTES) {
        throw new InvalidCourseStructureException(slug + ": cmi5.xml is larger than 1 MiB");
      }
      CourseDescriptor course;
      try (InputStream in = archive.getInputStream(manifest)) {
        course = Cmi5CourseReader.read(new ByteArrayInputStream(in.readNBytes((int) MAX_MANIFEST_BYTES)));
      }
      for (String url : course.launchUrls()) {
        String file = url.split("[?#]", 2)[0];
        if (archive.getEntry(file) == null) {
          throw new InvalidCourseStructureException(slug + ": the launch file " + file + " is not in the package");
        }
      }
      return course;
    } catch (IOException e) {
      throw new UncheckedIOException(slug + ": cannot read the package zip", e);
    }
  }
}
