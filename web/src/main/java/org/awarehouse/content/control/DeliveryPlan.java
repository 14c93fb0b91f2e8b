package org.awarehouse.content.control;

import java.util.function.BiConsumer;

/**
 * The answer to one request for a package file, decided before a byte is sent: status, header
 * fields, and which bytes of which coding make the body.
 *
 * @param contentType null when the answer has no content (304, 412, 416)
 * @param etag null when the answer describes no representation (412, 416)
 * @param gzip whether the body is the gzip copy rather than the stored file
 * @param varies whether the choice of coding depended on Accept-Encoding
 * @param first the first byte of the body within the chosen coding
 * @param length the number of bytes of the body; -1 for a 304, which has no Content-Length
 * @param size the size of the chosen coding, for Content-Range
 * @param hasBody whether bytes follow the header: not for HEAD, 304, 412 or 416
 */
public record DeliveryPlan(int status, String contentType, String etag, boolean gzip, boolean varies,
    long first, long length, long size, boolean hasBody) {

  /**
   * A content key names one immutable package version, so a URL's bytes never change: a year
   * (the conventional maximum since RFC 2616 §14.21) and immutable (RFC 8246), which spares the
   * revalidation browsers otherwise send on reload.
   */
  public static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

  public void headers(BiConsumer<String, String> sink) {
    if (contentType != null) {
      sink.accept("Content-Type", contentType);
    }
    if (etag != null) {
      sink.accept("ETag", etag);
      sink.accept("Cache-Control", CACHE_CONTROL);
    }
    // §14.3: tells clients (video elements above all) that they may ask for parts
    sink.accept("Accept-Ranges", "bytes");
    if (varies) {
      sink.accept("Vary", "Accept-Encoding"); // RFC 9110 §12.5.5; also on 304 (§15.4.5)
    }
    if (gzip && status != 304) {
      sink.accept("Content-Encoding", "gzip");
    }
    if (status == 206) {
      sink.accept("Content-Range", "bytes " + first + "-" + (first + length - 1) + "/" + size);
    } else if (status == 416) {
      sink.accept("Content-Range", "bytes */" + size); // RFC 9110 §15.5.17
    }
  }
}
