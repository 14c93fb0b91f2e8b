package org.awarehouse.xapi.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits a request's attachment data to its statements' attachment headers (xAPI Communication
 * §1.5.2), by SHA-2 only, as §1.5.2.s1.b4 requires ("It MUST not do so any other way").
 */
final class AttachmentMatching {

  /** An attachment header of a statement, and where it is, such as {@code [1].attachments[0]}. */
  record Located(String path, JsonObject attachment) {
    String sha2() {
      return attachment.getString("sha2").toLowerCase(Locale.ROOT);
    }

    boolean hasFileUrl() {
      return attachment.containsKey("fileUrl");
    }
  }

  private AttachmentMatching() {}

  /**
   * The data to store, one part per hash.
   *
   * @param statements valid statements, in request order
   * @param parts the attachment parts in body order (the statements themselves being part 1)
   * @throws AttachmentRejectedException when an attachment lacks data or a part lacks an attachment
   */
  static Map<String, AttachmentPart> match(List<JsonObject> statements, List<AttachmentPart> parts) {
    Map<String, AttachmentPart> bySha2 = new LinkedHashMap<>();
    // §1.5.2.s2.b2.b5 asks for one copy of data that several statements share; a second copy of
    // the same hash is the same octets, so it is simply not stored twice
    parts.forEach(part -> bySha2.putIfAbsent(part.sha2(), part));
    List<Located> headers = new ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      headers.addAll(of(statements.get(i), statements.size() == 1 ? "" : "[" + i + "]."));
    }
    for (Located header : headers) {
      // §1.5.2.s3.b5: reject attachments "that neither contain a fileUrl nor match a received
      // Attachment part based on their hash"; for application/json this is §1.5.2.s2.b1
      if (!header.hasFileUrl() && !bySha2.containsKey(header.sha2())) {
        throw new AttachmentRejectedException(header.path() + ".sha2", "no attachment part has this hash; send "
            + "the data as a multipart/mixed part with this X-Experience-API-Hash, or give a fileUrl "
            + "(Communication §1.5.2.s3.b5)");
      }
    }
    for (int i = 0; i < parts.size(); i++) {
      String sha2 = parts.get(i).sha2();
      // §1.5.2.s2.b2.b2: each part after the first is the raw data of an Attachment; one that no
      // attachment names is not, and storing it would keep data no statement can return
      if (headers.stream().noneMatch(header -> header.sha2().equals(sha2))) {
        throw new AttachmentRejectedException("part " + (i + 2),
            "its X-Experience-API-Hash " + sha2 + " matches no attachment of the statements");
      }
    }
    return bySha2;
  }

  /**
   * Every attachment header of a statement: its own and those of a SubStatement object, which may
   * carry attachments too (Data §2.4.4.3.s8.b2, validated as a Statement).
   */
  static List<Located> of(JsonObject statement, String prefix) {
    List<Located> found = new ArrayList<>(own(statement, prefix + "attachments"));
    if (statement.get("object") instanceof JsonObject object && "SubStatement".equals(object.getString("objectType", ""))) {
      found.addAll(own(object, prefix + "object.attachments"));
    }
    return found;
  }

  static List<Located> own(JsonObject statement, String path) {
    List<Located> found = new ArrayList<>();
    if (statement.get("attachments") instanceof JsonArray attachments) {
      for (int i = 0; i < attachments.size(); i++) {
        found.add(new Located(path + "[" + i + "]", attachments.getJsonObject(i)));
      }
    }
    return found;
  }
}
