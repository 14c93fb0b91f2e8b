package org.awarehouse.xapi.control;

import static org.awarehouse.xapi.control.JsonShape.invalid;
import static org.awarehouse.xapi.control.JsonShape.number;
import static org.awarehouse.xapi.control.JsonShape.object;
import static org.awarehouse.xapi.control.JsonShape.onlyKnown;
import static org.awarehouse.xapi.control.JsonShape.optional;
import static org.awarehouse.xapi.control.JsonShape.path;
import static org.awarehouse.xapi.control.JsonShape.string;
import static org.awarehouse.xapi.control.JsonShape.whenPresent;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Set;

/** The Result and its Score (xAPI 1.0.3 Data §2.4.5). */
final class ResultRules {
  private static final Set<String> RESULT =
      Set.of("score", "success", "completion", "response", "duration", "extensions");
  private static final Set<String> SCORE = Set.of("scaled", "raw", "min", "max");
  private static final BigDecimal MINUS_ONE = BigDecimal.ONE.negate();

  /** §2.4.5.s2.table1. */
  void result(JsonValue value, String path) {
    JsonObject result = object(value, path);
    onlyKnown(result, path, RESULT, "a Result");
    whenPresent(result, "score", path, ResultRules::score);
    whenPresent(result, "success", path, JsonShape::bool);
    whenPresent(result, "completion", path, JsonShape::bool);
    whenPresent(result, "response", path, JsonShape::string);
    whenPresent(result, "duration", path, ResultRules::duration);
    whenPresent(result, "extensions", path, XapiValues::extensions);
  }

  /** §4.6.s1.b1: ISO 8601:2004 §4.4.3.2 durations. */
  private static void duration(JsonValue value, String path) {
    if (!XapiTimes.isDuration(string(value, path))) {
      throw invalid(path, "must be an ISO 8601 duration such as PT1H30M or P1D");
    }
  }

  /**
   * §2.4.5.1.s2.table1: scaled lies in [-1, 1]; min is less than max; raw lies between min and max
   * when they are given. All are numbers, never numeric strings (§2.2.s4.b1.b2).
   */
  private static void score(JsonValue value, String path) {
    JsonObject score = object(value, path);
    onlyKnown(score, path, SCORE, "a Score");
    BigDecimal scaled = decimal(score, "scaled", path);
    BigDecimal raw = decimal(score, "raw", path);
    BigDecimal min = decimal(score, "min", path);
    BigDecimal max = decimal(score, "max", path);
    if (scaled != null
        && (scaled.compareTo(BigDecimal.ONE) > 0 || scaled.compareTo(MINUS_ONE) < 0)) {
      throw invalid(path(path, "scaled"), "must lie between -1 and 1");
    }
    if (min != null && max != null && min.compareTo(max) >= 0) {
      throw invalid(path(path, "min"), "must be less than max");
    }
    if (raw != null && min != null && raw.compareTo(min) < 0) {
      throw invalid(path(path, "raw"), "must not be less than min");
    }
    if (raw != null && max != null && raw.compareTo(max) > 0) {
      throw invalid(path(path, "raw"), "must not be more than max");
    }
  }

  private static BigDecimal decimal(JsonObject score, String key, String path) {
    JsonValue value = optional(score, key, path);
    return value == null ? null : number(value, path(path, key)).bigDecimalValue();
  }
}
