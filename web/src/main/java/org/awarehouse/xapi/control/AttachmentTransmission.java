package org.awarehouse.xapi.control;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Statements with their attachment data in the transmission format of Communication §1.5.2: the
 * statements JSON as the first part, then one part per distinct attachment. It answers GET with
 * attachments=true (§2.1.3) and carries forwarded statements (§1.5.2.s3.b3). Attachment data is
 * fetched one attachment at a time while writing, so a page of statements never holds all of its
 * attachments in memory at once.
 */
public final class AttachmentTransmission {
  // random, so that no stored data can contain the delimiter on purpose (RFC 2046 §5.1.1 requires
  // that it occurs in no part)
  private final String boundary = "xapi-" + UUID.randomUUID();
  private final String json;
  private final List<StoredAttachment> attachments;
  private final Function<StoredAttachment, byte[]> content;

  public AttachmentTransmission(
      String json, List<StoredAttachment> attachments, Function<StoredAttachment, byte[]> content) {
    this.json = json;
    this.attachments = List.copyOf(attachments);
    this.content = content;
  }

  /** The Content-Type header value, with the boundary. */
  public String contentType() {
    return "multipart/mixed; boundary=" + boundary;
  }

  public void write(OutputStream out) throws IOException {
    // §1.5.2.s2.b2.b1 and b6: first the statements, as application/json
    ascii(out, "--" + boundary + "\r\nContent-Type: application/json\r\n\r\n");
    out.write(json.getBytes(StandardCharsets.UTF_8));
    for (StoredAttachment attachment : attachments) {
      // §1.5.2.s2.b2.b3, b4 and b6: the hash, binary transfer encoding and the type of each part
      // a quoted media type parameter may hold line breaks, which must not end the header here
      String type = attachment.contentType().replaceAll("[\\r\\n]+", " ");
      ascii(out, "\r\n--" + boundary + "\r\nContent-Type: " + type
          + "\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: " + attachment.sha2()
          + "\r\nContent-Length: " + attachment.length() + "\r\n\r\n");
      out.write(content.apply(attachment));
    }
    ascii(out, "\r\n--" + boundary + "--\r\n");
  }

  private static void ascii(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.US_ASCII));
  }
}
