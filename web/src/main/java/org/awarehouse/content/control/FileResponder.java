package org.awarehouse.content.control;

import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * Decides how to answer a GET or HEAD for a package file: conditional requests, range requests
 * and content coding, in the order RFC 9110 §13.2.2 evaluates preconditions. Plain logic with no
 * servlet types, so every branch has a unit test.
 */
public final class FileResponder {

  /** Below this, gzip's header and the CPU outweigh the saving (a TCP segment carries it anyway). */
  public static final long MIN_GZIP_SIZE = 1024;

  private static final String GZIP_TAG_SUFFIX = "-gz";

  private FileResponder() {}

  /**
   * @param head whether the method is HEAD (otherwise GET)
   * @param headers the request's header fields by name; null when absent
   * @param path the path inside the package, which gives the media type
   * @param gzipSize the size of the gzip copy of a file, made on first use; -1 when there is none
   */
  public static DeliveryPlan plan(boolean head, UnaryOperator<String> headers, String path, StoredFile file,
      ToLongFunction<StoredFile> gzipSize) {
    boolean varies = file.size() >= MIN_GZIP_SIZE && MediaTypes.isCompressible(path);
    String range = head ? null : headers.apply("Range"); // §14.2: range handling is defined for GET only
    long size = file.size();
    boolean gzip = false;
    // A range of a gzip copy is useless to a browser that wants to seek, and its offsets would
    // depend on our compressor, so a Range request always gets the stored bytes.
    if (varies && range == null && AcceptEncoding.allowsGzip(headers.apply("Accept-Encoding"))) {
      long compressed = gzipSize.applyAsLong(file);
      if (compressed >= 0 && compressed < size) {
        gzip = true;
        size = compressed;
      }
    }
    // §8.8.3: each coding is a different representation and needs its own strong tag
    String etag = EntityTags.strong(file.sha256(), gzip ? GZIP_TAG_SUFFIX : "");
    String type = MediaTypes.forPath(path);

    String ifMatch = headers.apply("If-Match");
    if (ifMatch != null && !EntityTags.anyMatchesStrongly(ifMatch, etag)) {
      return new DeliveryPlan(412, null, null, false, varies, 0, 0, size, false); // §13.1.1
    }
    String ifNoneMatch = headers.apply("If-None-Match");
    if (ifNoneMatch != null && EntityTags.anyMatchesWeakly(ifNoneMatch, etag)) {
      return new DeliveryPlan(304, null, etag, gzip, varies, 0, -1, size, false); // §13.1.2
    }
    if (range != null) {
      String ifRange = headers.apply("If-Range");
      // §13.1.5: a failed If-Range means "send me the whole new representation"
      if (ifRange == null || EntityTags.sameRepresentation(ifRange, etag)) {
        ByteRange asked = ByteRange.parse(range, size);
        if (asked.kind() == ByteRange.Kind.UNSATISFIABLE) {
          return new DeliveryPlan(416, null, null, false, varies, 0, 0, size, false); // §15.5.17
        }
        if (asked.kind() == ByteRange.Kind.PART) {
          return new DeliveryPlan(206, type, etag, false, varies, asked.first(), asked.length(), size, true);
        }
      }
    }
    return new DeliveryPlan(200, type, etag, gzip, varies, 0, size, size, !head);
  }
}
