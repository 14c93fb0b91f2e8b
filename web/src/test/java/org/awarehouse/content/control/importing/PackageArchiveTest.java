package org.awarehouse.content.control.importing;

import static org.awarehouse.content.control.importing.HostileZips.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageArchiveTest {
  @TempDir Path root;

  @Test
  void directoriesAreSkippedNestedZipsStayFilesAndEqualContentIsStagedOnce() throws IOException {
    Path zip = HostileZips.zip(root, "p.zip", z -> {
      z.putArchiveEntry(new ZipArchiveEntry("dir/"));
      z.closeArchiveEntry();
      file(z, "dir/a.txt", "same");
      file(z, "b.txt", "same");
      file(z, "inner.zip", "PK\u0003\u0004 not opened");
      file(z, "Dir/A.TXT", "case differs, so it is another file");
    });
    Path staging = root.resolve("staging");
    List<StagedFile> files = PackageArchive.extract(zip, staging, ImportLimits.defaults());
    assertEquals(List.of("dir/a.txt", "b.txt", "inner.zip", "Dir/A.TXT"), files.stream().map(StagedFile::path).toList());
    assertEquals(files.get(0).staged(), files.get(1).staged());
    assertEquals(3, count(staging), "equal bytes share one staged file");
  }

  @Test
  void theStagingDirectoryMustStartEmpty() throws IOException {
    Path staging = Files.createDirectories(root.resolve("staging"));
    Files.writeString(staging.resolve("leftover"), "x");
    assertThrows(IllegalArgumentException.class,
        () -> PackageArchive.extract(HostileZips.empty(root), staging, ImportLimits.defaults()));
  }

  @Test
  void allEntryFindingsComeTogether() throws IOException {
    Path zip = HostileZips.zip(root, "many-faults.zip", z -> {
      file(z, "../a", "");
      file(z, "/b", "");
      file(z, "c/./d", "");
    });
    PackageRejectedException e = assertThrows(PackageRejectedException.class,
        () -> PackageArchive.extract(zip, root.resolve("staging"), ImportLimits.defaults()));
    assertEquals(List.of("../a", "/b", "c/./d"), e.findings().stream().map(Finding::location).toList());
  }

  private static long count(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.count();
    }
  }
}
