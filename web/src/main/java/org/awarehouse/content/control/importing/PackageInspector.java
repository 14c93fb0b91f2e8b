package org.awarehouse.content.control.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one entry point of an import: stages the upload, finds its manifest and reads it. A package
 * with {@code cmi5.xml} at its root is read as cmi5 even when it also has an
 * {@code imsmanifest.xml}: cmi5 section 14 names that file as what makes a zip a cmi5 package, and
 * tools that export both mean the cmi5 structure to be used where the LMS supports it.
 */
public final class PackageInspector {
  /**
   * Large SCORM 2004 manifests with hundreds of items stay under a few MiB; a DOM takes about ten
   * times the file size, so bigger ones are refused rather than parsed per upload.
   */
  static final long MAX_MANIFEST_BYTES = 8L << 20;

  private PackageInspector() {}

  /**
   * @param stagingDir an empty directory for this upload alone
   * @throws PackageRejectedException with every finding; {@code stagingDir} is left empty
   */
  public static InspectedPackage inspect(Path uploadedZip, Path stagingDir, ImportLimits limits) {
    List<StagedFile> files = PackageArchive.extract(uploadedZip, stagingDir, limits);
    try {
      return new InspectedPackage(describe(files), files);
    } catch (RuntimeException e) {
      StagingDirectory.empty(stagingDir);
      throw e;
    }
  }

  private static PackageDescriptor describe(List<StagedFile> files) {
    Map<String, StagedFile> byPath = files.stream()
        .collect(Collectors.toMap(StagedFile::path, Function.identity(), (first, second) -> first));
    StagedFile cmi5 = byPath.get(Cmi5StructureReader.FILE);
    if (cmi5 != null) {
      return read(cmi5, in -> Cmi5StructureReader.read(in, byPath::containsKey));
    }
    StagedFile scorm = byPath.get(ScormManifestReader.MANIFEST);
    if (scorm != null) {
      return read(scorm, in -> ScormManifestReader.read(in, byPath.keySet()));
    }
    throw new PackageRejectedException(List.of(new Finding(PackageArchive.PACKAGE, noManifest(byPath))));
  }

  private static String noManifest(Map<String, StagedFile> byPath) {
    Optional<String> misplaced = byPath.keySet().stream()
        .filter(p -> {
          String name = p.substring(p.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
          return name.equals(Cmi5StructureReader.FILE) || name.equals(ScormManifestReader.MANIFEST);
        })
        .findFirst();
    return "there is no cmi5.xml or imsmanifest.xml at the root of the package"
        + misplaced.map(p -> " (found '" + p + "'; zip the folder's contents, not the folder, and name it in lower case)")
            .orElse("");
  }

  private static PackageDescriptor read(StagedFile manifest, Function<InputStream, PackageDescriptor> reader) {
    if (manifest.size() > MAX_MANIFEST_BYTES) {
      throw new PackageRejectedException(
          List.of(new Finding(manifest.path(), "the manifest is larger than " + (MAX_MANIFEST_BYTES >> 20) + " MiB")));
    }
    try (InputStream in = Files.newInputStream(manifest.staged())) {
      return reader.apply(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the staged " + manifest.path(), e);
    }
  }
}
