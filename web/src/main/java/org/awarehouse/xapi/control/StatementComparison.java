package org.awarehouse.xapi.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * Whether a statement sent again is the one stored (xAPI 1.0.3 Data §2.3.1, Statement Comparison
 * Requirements): differences the LRS itself caused are ignored, that is authority, stored and
 * version, and a timestamp the LRS filled in or that names the same instant differently.
 */
final class StatementComparison {
  private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();
  private static final Set<String> SET_BY_LRS = Set.of("authority", "stored", "version", "timestamp", "id");

  private StatementComparison() {}

  static boolean same(JsonObject stored, JsonObject sent) {
    if (!withoutLrsProperties(stored).equals(withoutLrsProperties(sent))) {
      return false;
    }
    JsonValue sentTime = sent.get("timestamp");
    return sentTime == null || sameInstant(stored.get("timestamp"), sentTime);
  }

  /**
   * Whether the statement a JWS signed is the one received (Data §2.6.s5.b3.b2, under the
   * comparison rules of §2.3.1.s9). Authority, stored and version may be added by the LRS, and
   * attachments are not part of the statement (§2.3.1.b6; the signature cannot sign itself), so
   * they are ignored. An id or timestamp that both carry must agree (case-insensitively, and as an
   * instant), because an LRS fills those in only when they are missing.
   */
  static boolean sameAsSigned(JsonObject signed, JsonObject received) {
    var ignored = Set.of("authority", "stored", "version", "attachments", "id", "timestamp");
    if (!without(signed, ignored).equals(without(received, ignored))) {
      return false;
    }
    if (signed.get("id") instanceof JsonString a && received.get("id") instanceof JsonString b
        && !a.getString().equalsIgnoreCase(b.getString())) {
      return false;
    }
    return !signed.containsKey("timestamp") || !received.containsKey("timestamp")
        || sameInstant(signed.get("timestamp"), received.get("timestamp"));
  }

  private static JsonObject withoutLrsProperties(JsonObject statement) {
    return without(statement, SET_BY_LRS);
  }

  private static JsonObject without(JsonObject statement, Set<String> properties) {
    var builder = JSON.createObjectBuilder(statement);
    properties.forEach(builder::remove);
    return builder.build();
  }

  private static boolean sameInstant(JsonValue a, JsonValue b) {
    if (!(a instanceof JsonString x) || !(b instanceof JsonString y)) {
      return false;
    }
    var first = XapiTimes.instant(x.getString());
    return first.isPresent() ? first.equals(XapiTimes.instant(y.getString())) : x.getString().equals(y.getString());
  }
}
