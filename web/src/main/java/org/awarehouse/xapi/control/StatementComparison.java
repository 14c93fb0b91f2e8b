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

  private static JsonObject withoutLrsProperties(JsonObject statement) {
    var builder = JSON.createObjectBuilder(statement);
    SET_BY_LRS.forEach(builder::remove);
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
