package org.awarehouse.content.control.importing;

/**
 * The bounds an uploaded archive must stay within. They defend the data volume and the CPU against
 * zip bombs and archives built to exhaust inodes or path buffers.
 *
 * @param maxEntries how many central-directory entries, directories included
 * @param maxTotalUncompressedBytes bytes actually inflated over all entries
 * @param maxCompressionRatio inflated bytes per compressed byte, per entry and in total
 * @param maxPathLength characters in an entry name
 * @param maxPathDepth segments in an entry name
 */
public record ImportLimits(
    int maxEntries, long maxTotalUncompressedBytes, int maxCompressionRatio, int maxPathLength, int maxPathDepth) {

  /** Entries and totals below this many inflated bytes are too small for their ratio to matter. */
  public static final long RATIO_EXEMPT_BYTES = 1L << 20;

  public ImportLimits {
    if (maxEntries < 1 || maxTotalUncompressedBytes < 1 || maxCompressionRatio < 1 || maxPathLength < 1
        || maxPathDepth < 1) {
      throw new IllegalArgumentException("Import limits must be positive");
    }
  }

  public static ImportLimits defaults() {
    return new ImportLimits(20_000, 2L << 30, 100, 512, 32);
  }

  public ImportLimits withMaxEntries(int entries) {
    return new ImportLimits(entries, maxTotalUncompressedBytes, maxCompressionRatio, maxPathLength, maxPathDepth);
  }

  public ImportLimits withMaxTotalUncompressedBytes(long bytes) {
    return new ImportLimits(maxEntries, bytes, maxCompressionRatio, maxPathLength, maxPathDepth);
  }
}
