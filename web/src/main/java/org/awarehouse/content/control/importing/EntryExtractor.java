package org.awarehouse.content.control.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipMethod;
import org.apache.commons.compress.utils.InputStreamStatistics;

/**
 * Streams zip entries into the staging directory under their SHA-256, counting the bytes that
 * really come out of the inflater. Header sizes are the attacker's word, so every limit is checked
 * against real counts after each buffer, and streaming stops the moment one is crossed.
 */
final class EntryExtractor {
  private static final int BUFFER = 64 * 1024;

  private final Path stagingDir;
  private final ImportLimits limits;
  private long totalOut;
  private long totalIn;

  EntryExtractor(Path stagingDir, ImportLimits limits) {
    this.stagingDir = stagingDir;
    this.limits = limits;
  }

  /** Thrown when the archive, not the server, is at fault; carries the finding to report. */
  static final class Refused extends Exception {
    final transient Finding finding;

    Refused(String location, String message) {
      super(message, null, false, false);
      this.finding = new Finding(location, message);
    }
  }

  StagedFile extract(ZipArchiveEntry entry, InputStream in) throws IOException, Refused {
    Path part = Files.createTempFile(stagingDir, "part-", ".tmp");
    MessageDigest digest = sha256();
    long entryOut = 0;
    long entryIn = 0;
    try (OutputStream out = Files.newOutputStream(part)) {
      byte[] buffer = new byte[BUFFER];
      int n;
      while ((n = read(entry, in, buffer)) > 0) {
        digest.update(buffer, 0, n);
        out.write(buffer, 0, n);
        entryOut += n;
        entryIn = compressedSoFar(entry, in, entryOut);
        checkLimits(entry, entryOut, entryIn);
      }
    }
    totalOut += entryOut;
    totalIn += entryIn;
    String hash = HexFormat.of().formatHex(digest.digest());
    return new StagedFile(entry.getName(), hash, entryOut, moveToHashName(part, hash));
  }

  private void checkLimits(ZipArchiveEntry entry, long entryOut, long entryIn) throws Refused {
    String where = EntryNames.shown(entry.getName());
    if (totalOut + entryOut > limits.maxTotalUncompressedBytes()) {
      throw new Refused(where, "the package inflates to more than " + limits.maxTotalUncompressedBytes()
          + " bytes (zip bomb?)");
    }
    if (entryOut >= ImportLimits.RATIO_EXEMPT_BYTES && entryOut > limits.maxCompressionRatio() * Math.max(1, entryIn)) {
      throw new Refused(where, "the entry inflates more than " + limits.maxCompressionRatio()
          + " times its compressed size (zip bomb?)");
    }
    long allOut = totalOut + entryOut;
    if (allOut >= ImportLimits.RATIO_EXEMPT_BYTES && allOut > limits.maxCompressionRatio() * Math.max(1, totalIn + entryIn)) {
      throw new Refused(where, "the package inflates more than " + limits.maxCompressionRatio()
          + " times its compressed size (zip bomb?)");
    }
  }

  /** Bytes consumed from the archive: the inflater's real count where the stream offers it. */
  private static long compressedSoFar(ZipArchiveEntry entry, InputStream in, long entryOut) {
    if (in instanceof InputStreamStatistics statistics) {
      return statistics.getCompressedCount();
    }
    return entry.getMethod() == ZipMethod.STORED.getCode() ? entryOut : Math.max(0, entry.getCompressedSize());
  }

  /** A read failure is the archive's fault (corrupt or truncated data), unlike a failed write. */
  private static int read(ZipArchiveEntry entry, InputStream in, byte[] buffer) throws Refused {
    try {
      return in.read(buffer);
    } catch (IOException | RuntimeException e) {
      throw new Refused(EntryNames.shown(entry.getName()), "the entry's data is corrupt or truncated");
    }
  }

  private Path moveToHashName(Path part, String hash) throws IOException {
    Path target = stagingDir.resolve(hash);
    try {
      Files.move(part, target);
    } catch (FileAlreadyExistsException e) {
      // Same bytes under another name: content addressing keeps one copy.
      Files.delete(part);
    }
    return target;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
