package org.awarehouse.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.awarehouse.content.control.importing.ImportLimits;
import org.awarehouse.content.control.importing.InspectedPackage;
import org.awarehouse.content.control.importing.PackageInspector;
import org.awarehouse.content.control.importing.StagedFile;
import org.awarehouse.content.entity.PackageVersion;
import org.awarehouse.platform.control.Sha256;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes an uploaded zip from the request to a stored version: the body goes to a private staging
 * directory (counted, so an oversized upload stops at the limit), the importer checks and unpacks
 * it there, accepted files move into the store by hash, and only then are the rows written. A
 * rejected upload leaves nothing behind; files of an upload whose rows failed are unreferenced
 * and the collector removes them.
 */
@ApplicationScoped
public class PackageUploads {
  private static final Logger LOG = Logger.getLogger(PackageUploads.class.getName());

  @Inject ContentStore store;
  @Inject Packages packages;

  @Inject
  @ConfigProperty(name = "awarehouse.packages.max-upload-bytes", defaultValue = "524288000")
  long maxUploadBytes;

  /** A new package, or with {@code packageId} a new version of one; the version starts as a draft. */
  public PackageVersion upload(UUID organisationId, UUID packageId, InputStream body) {
    if (packageId != null) {
      packages.find(organisationId, packageId); // an unknown package fails before the upload is read
    }
    Path work = store.stagingRoot().resolve(UUID.randomUUID().toString());
    try {
      Files.createDirectories(work);
      Path zip = work.resolve("upload.zip");
      Received received = receive(body, zip);
      InspectedPackage inspected = PackageInspector.inspect(zip, work.resolve("files"), ImportLimits.defaults());
      for (StagedFile file : inspected.files()) {
        store.adopt(file.staged(), file.sha256());
      }
      return packages.record(organisationId, packageId, inspected, received.sha256(), received.bytes());
    } catch (IOException e) {
      if (e.getClass().getSimpleName().equals("RequestTooBigException")) {
        // Undertow's outer bound (AWAREHOUSE_HTTP_MAX_BODY_BYTES) stopped the body first
        throw new PackageTooLargeException(maxUploadBytes);
      }
      throw new UncheckedIOException("Cannot stage the upload", e);
    } finally {
      deleteTree(work);
    }
  }

  private record Received(String sha256, long bytes) {}

  /** Copies the body to {@code target}, hashing it and stopping as soon as it passes the limit. */
  private Received receive(InputStream body, Path target) throws IOException {
    MessageDigest digest = Sha256.newDigest();
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
      for (int n; (n = body.read(buffer)) != -1; ) {
        total += n;
        if (total > maxUploadBytes) {
          throw new PackageTooLargeException(maxUploadBytes);
        }
        out.write(buffer, 0, n);
      }
    }
    return new Received(HexFormat.of().formatHex(digest.digest()), total);
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.deleteIfExists(path);
        } catch (IOException e) {
          LOG.log(Level.WARNING, "Cannot delete staged file " + path, e);
        }
      });
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot clean the staging directory " + root, e);
    }
  }
}
