package org.awarehouse.content.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every hostile archive is refused with a finding that names it, and leaves nothing behind. */
class HostileZipsTest {
  @TempDir Path root;
  private Path uploads;
  private Path staging;

  @BeforeEach
  void layout() throws IOException {
    uploads = Files.createDirectories(root.resolve("uploads"));
    // Two levels down, so that "../../evil.txt" from the staging directory would land in root.
    staging = Files.createDirectories(root.resolve("work/imports/staging"));
  }

  @Test
  void zipSlipIsRefused() throws IOException {
    assertFinding(rejected(HostileZips.zipSlip(uploads)), "../../evil.txt", "zip slip");
    // The reader turns a FAT-made entry's backslashes into slashes; the climb is caught either way.
    assertFinding(rejected(HostileZips.windowsZipSlip(uploads)), "../../evil.txt", "zip slip");
  }

  @Test
  void absolutePathsAreRefused() throws IOException {
    assertFinding(rejected(HostileZips.absolutePath(uploads)), "/tmp/evil.txt", "absolute");
    PackageRejectedException windows = rejected(HostileZips.windowsAbsolutePath(uploads));
    assertFinding(windows, "C:\\Windows\\evil.txt", "absolute");
    assertFinding(windows, "C:\\Windows\\evil.txt", "backslash");
    PackageRejectedException unc = rejected(HostileZips.uncPath(uploads));
    assertFinding(unc, "\\\\host\\share\\evil.txt", "absolute");
    assertFinding(unc, "\\\\host\\share\\evil.txt", "backslash");
  }

  @Test
  void controlCharactersInNamesAreRefusedAndShownEscaped() throws IOException {
    assertFinding(rejected(HostileZips.controlCharacterName(uploads)), "index.html\\u0000.txt", "control characters");
  }

  @Test
  void symlinksAndOtherNonRegularEntriesAreRefused() throws IOException {
    assertFinding(rejected(HostileZips.symlink(uploads)), "index.html", "symbolic link");
    assertFinding(rejected(HostileZips.fifo(uploads)), "pipe", "pipe");
  }

  @Test
  void encryptedEntriesAreRefused() throws IOException {
    assertFinding(rejected(HostileZips.encrypted(uploads)), "index.html", "encrypted");
  }

  @Test
  void aZipBombStopsAtTheRatioLongBeforeItIsInflated() throws IOException {
    Path bomb = HostileZips.zipBomb(uploads, 200);
    assertTrue(Files.size(bomb) < 1 << 20, "200 MiB of zeros should compress to well under 1 MiB");
    PackageRejectedException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> rejected(bomb));
    assertFinding(e, "bomb.bin", "zip bomb");
  }

  @Test
  void aBombSpreadOverSmallEntriesStopsAtTheTotalRatio() throws IOException {
    assertFinding(rejected(HostileZips.spreadBomb(uploads, 40)), "zeros/", "times its compressed size");
  }

  @Test
  void theTotalSizeCapHoldsForIncompressibleContent() throws IOException {
    Path large = HostileZips.incompressible(uploads, 3);
    PackageRejectedException e = rejected(large, ImportLimits.defaults().withMaxTotalUncompressedBytes(2L << 20));
    assertFinding(e, "video.bin", "more than 2097152 bytes");
  }

  @Test
  void nestedArchivesAreNeverOpened() throws IOException {
    PackageRejectedException e = rejected(HostileZips.nestedZips(uploads, 10));
    assertFinding(e, PackageArchive.PACKAGE, "no cmi5.xml or imsmanifest.xml at the root");
  }

  @Test
  void billionLaughsIsRefusedAtTheDoctype() throws IOException {
    PackageRejectedException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> rejected(HostileZips.billionLaughs(uploads)));
    assertFinding(e, "imsmanifest.xml line", "DOCTYPE");
  }

  @Test
  void externalEntitiesAreNeverResolved() throws IOException {
    PackageRejectedException e = rejected(HostileZips.externalEntity(uploads));
    assertFinding(e, "imsmanifest.xml line", "DOCTYPE");
    assertFalse(e.getMessage().contains("root:"), "the content of /etc/passwd leaked into a finding");
  }

  @Test
  void aMissingLaunchFileIsNamed() throws IOException {
    assertFinding(rejected(HostileZips.missingLaunchFile(uploads)), "imsmanifest.xml: resource 'r'",
        "'start/missing.html' is not in the package");
  }

  @Test
  void aNonZipAndAnEmptyFileAreRefused() throws IOException {
    assertFinding(rejected(HostileZips.notAZip(uploads)), PackageArchive.PACKAGE, "not a readable zip");
    assertFinding(rejected(HostileZips.empty(uploads)), PackageArchive.PACKAGE, "empty file");
  }

  @Test
  void duplicateEntriesAreRefused() throws IOException {
    assertFinding(rejected(HostileZips.duplicateEntries(uploads)), "index.html", "more than one entry");
  }

  @Test
  void tooManyEntriesAreRefusedBeforeAnyIsExtracted() throws IOException {
    assertFinding(rejected(HostileZips.tooManyEntries(uploads, 20_000)), PackageArchive.PACKAGE,
        "20002 entries; at most 20000");
  }

  @Test
  void pathsTooDeepOrTooLongAreRefused() throws IOException {
    assertFinding(rejected(HostileZips.deepPath(uploads, 40)), "d/d/", "deeper than 32");
    assertFinding(rejected(HostileZips.longPath(uploads, 600)), "xxxx", "longer than 512");
  }

  @Test
  void cmi5WithInvalidIrisAndDuplicateIdsGetsEveryFinding() throws IOException {
    PackageRejectedException e = rejected(HostileZips.cmi5BadIds(uploads));
    assertFinding(e, "cmi5.xml: course 'not an iri'", "not an absolute IRI");
    assertFinding(e, "cmi5.xml: au 'relative/au'", "not an absolute IRI");
    assertFinding(e, "cmi5.xml: au 'https://example.com/dup'", "more than once");
    assertEquals(3, e.findings().size(), e.findings().toString());
  }

  private PackageRejectedException rejected(Path zip) {
    return rejected(zip, ImportLimits.defaults());
  }

  private PackageRejectedException rejected(Path zip, ImportLimits limits) {
    PackageRejectedException e = assertThrows(PackageRejectedException.class,
        () -> PackageInspector.inspect(zip, staging, limits));
    assertEquals(List.of(), list(staging), "the staging directory must be empty after a rejection");
    assertEquals(List.of(), filesOutside(), "nothing may be written outside the staging directory");
    return e;
  }

  private static void assertFinding(PackageRejectedException e, String location, String messagePart) {
    assertTrue(e.findings().stream().anyMatch(f -> f.location().startsWith(location) && f.message().contains(messagePart)),
        "expected a finding at " + location + " saying '" + messagePart + "', got " + e.findings());
  }

  private List<Path> filesOutside() {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).filter(p -> !p.startsWith(uploads)).toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
