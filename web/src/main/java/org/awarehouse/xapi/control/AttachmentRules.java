package org.awarehouse.xapi.control;

import static org.awarehouse.xapi.control.JsonShape.array;
import static org.awarehouse.xapi.control.JsonShape.index;
import static org.awarehouse.xapi.control.JsonShape.invalid;
import static org.awarehouse.xapi.control.JsonShape.mustHave;
import static org.awarehouse.xapi.control.JsonShape.number;
import static org.awarehouse.xapi.control.JsonShape.object;
import static org.awarehouse.xapi.control.JsonShape.onlyKnown;
import static org.awarehouse.xapi.control.JsonShape.whenPresent;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Set;

/** The attachment headers of a statement (xAPI 1.0.3 Data §2.4.11). */
final class AttachmentRules {
  private static final Set<String> ATTACHMENT =
      Set.of("usageType", "display", "description", "contentType", "length", "sha2", "fileUrl");

  /** §2.4.s1.table1.row11: an ordered array of Attachment objects. */
  void attachments(JsonValue value, String path) {
    JsonArray attachments = array(value, path);
    for (int i = 0; i < attachments.size(); i++) {
      attachment(attachments.get(i), index(path, i));
    }
  }

  /**
   * §2.4.11.s2.table1: usageType, display, contentType, length and sha2 are required ("sha2 is
   * always required, even if fileUrl is also specified"); description and fileUrl are optional.
   */
  private static void attachment(JsonValue value, String path) {
    JsonObject attachment = object(value, path);
    onlyKnown(attachment, path, ATTACHMENT, "an Attachment");
    mustHave(attachment, "usageType", path, XapiValues::iri);
    mustHave(attachment, "display", path, XapiValues::languageMap);
    whenPresent(attachment, "description", path, XapiValues::languageMap);
    mustHave(attachment, "contentType", path, XapiValues::mediaType);
    mustHave(attachment, "length", path, AttachmentRules::length);
    mustHave(attachment, "sha2", path, XapiValues::sha2);
    whenPresent(attachment, "fileUrl", path, XapiValues::iri); // an IRL
  }

  /** §2.4.11.s2.table1.row5: the length in octets, an Integer. */
  private static void length(JsonValue value, String path) {
    BigDecimal length = number(value, path).bigDecimalValue();
    if (length.signum() < 0 || length.stripTrailingZeros().scale() > 0) {
      throw invalid(path, "must be a whole number of octets, zero or more");
    }
  }
}
