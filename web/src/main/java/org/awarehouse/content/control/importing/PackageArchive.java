package org.awarehouse.content.control.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Extracts an uploaded zip into a staging directory, reading entries from the central directory
 * (APPNOTE.TXT 4.3.12) so that what is checked is what is extracted. Entry names are checked
 * before any byte is written; nested archives stay files and are never opened.
 */
public final class PackageArchive {
  /** Location of findings about the upload as a whole. */
  public static final String PACKAGE = "package";

  // Unix st_mode file types as stored in the high 16 bits of the external attributes.
  private static final int S_IFMT = 0170000;
  private static final int S_IFREG = 0100000;
  private static final int S_IFDIR = 0040000;
  private static final int S_IFLNK = 0120000;

  private PackageArchive() {}

  /**
   * Extracts every regular file of {@code zip} into {@code stagingDir}, which must be empty.
   *
   * @throws PackageRejectedException with every finding; {@code stagingDir} is empty again
   */
  public static List<StagedFile> extract(Path zip, Path stagingDir, ImportLimits limits) {
    StagingDirectory.requireEmpty(stagingDir);
    try (ZipFile archive = open(zip)) {
      List<ZipArchiveEntry> files = checkEntries(archive, limits);
      EntryExtractor extractor = new EntryExtractor(stagingDir, limits);
      List<StagedFile> staged = new ArrayList<>(files.size());
      for (ZipArchiveEntry entry : files) {
        try (InputStream in = archive.getInputStream(entry)) {
          staged.add(extractor.extract(entry, in));
        }
      }
      return staged;
    } catch (EntryExtractor.Refused e) {
      StagingDirectory.empty(stagingDir);
      throw new PackageRejectedException(List.of(e.finding));
    } catch (IOException e) {
      StagingDirectory.empty(stagingDir);
      throw new UncheckedIOException("Cannot stage " + zip, e);
    } catch (RuntimeException e) {
      // A rejection found before extraction, or a failure of ours: either way nothing stays staged.
      StagingDirectory.empty(stagingDir);
      throw e;
    }
  }

  private static ZipFile open(Path zip) throws IOException {
    if (Files.size(zip) == 0) {
      throw rejected("the upload is an empty file, not a zip archive");
    }
    try {
      return ZipFile.builder().setPath(zip).get();
    } catch (IOException | IllegalArgumentException e) {
      throw rejected("the upload is not a readable zip archive");
    }
  }

  /** Every entry's findings at once; the regular files to extract when there are none. */
  private static List<ZipArchiveEntry> checkEntries(ZipFile archive, ImportLimits limits) {
    List<ZipArchiveEntry> entries = Collections.list(archive.getEntries());
    if (entries.size() > limits.maxEntries()) {
      throw rejected("the archive has " + entries.size() + " entries; at most " + limits.maxEntries() + " are allowed");
    }
    Findings findings = new Findings();
    Set<String> seen = new HashSet<>();
    Set<String> reportedTwice = new HashSet<>();
    List<ZipArchiveEntry> files = new ArrayList<>();
    for (ZipArchiveEntry entry : entries) {
      String name = entry.getName();
      String where = EntryNames.shown(name);
      EntryNames.problems(name, limits).forEach(p -> findings.add(where, p));
      if (!seen.add(name) && reportedTwice.add(name)) {
        findings.add(where, "the archive holds more than one entry with this name");
      }
      kindProblem(archive, entry).ifPresentOrElse(p -> findings.add(where, p), () -> {
        if (!entry.isDirectory() && (entry.getUnixMode() & S_IFMT) != S_IFDIR) {
          files.add(entry);
        }
      });
    }
    findings.throwIfAny();
    return files;
  }

  private static Optional<String> kindProblem(ZipFile archive, ZipArchiveEntry entry) {
    if (entry.getGeneralPurposeBit().usesEncryption() || entry.getGeneralPurposeBit().usesStrongEncryption()) {
      return Optional.of("the entry is encrypted");
    }
    int type = entry.getPlatform() == ZipArchiveEntry.PLATFORM_UNIX ? entry.getUnixMode() & S_IFMT : 0;
    if (type == S_IFLNK) {
      return Optional.of("the entry is a symbolic link; packages may hold only regular files");
    }
    if (type != 0 && type != S_IFREG && type != S_IFDIR) {
      return Optional.of("the entry is a device, pipe or socket; packages may hold only regular files");
    }
    if (!entry.isDirectory() && !archive.canReadEntryData(entry)) {
      return Optional.of("the entry uses a compression method this server cannot read; use deflate");
    }
    return Optional.empty();
  }

  private static PackageRejectedException rejected(String message) {
    return new PackageRejectedException(List.of(new Finding(PACKAGE, message)));
  }
}
