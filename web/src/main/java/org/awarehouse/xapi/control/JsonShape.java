package org.awarehouse.xapi.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Typed reads of statement JSON. Each read names the property path when the JSON type is wrong,
 * which is how xAPI 1.0.3 Data §2.2.s4.b1 wants wrong types, nulls and unknown keys rejected.
 */
final class JsonShape {
  private JsonShape() {}

  static String path(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  static String index(String parent, int position) {
    return parent + "[" + position + "]";
  }

  static InvalidStatementException invalid(String path, String message) {
    return new InvalidStatementException(path, message);
  }

  /**
   * §2.2.s4.b1.b5 and b7: a key in the wrong case, or one the specification does not define for
   * this object, is rejected; §2.2.s4.b8 (a SHOULD* in 1.0.3, a SHALL in 9274.1.1) rejects added
   * properties.
   */
  static void onlyKnown(JsonObject object, String path, Set<String> known, String what) {
    for (String key : object.keySet()) {
      if (!known.contains(key)) {
        throw invalid(path(path, key), "is not a property of " + what);
      }
    }
  }

  /** The value of a required property. §2.2.s4.b1.b1: null counts as a value that is wrong. */
  static JsonValue required(JsonObject object, String key, String parent) {
    JsonValue value = object.get(key);
    if (value == null) {
      throw invalid(path(parent, key), "is required");
    }
    return notNull(value, path(parent, key));
  }

  /** The value of an optional property, or Java null when it is absent; JSON null is rejected. */
  static JsonValue optional(JsonObject object, String key, String parent) {
    JsonValue value = object.get(key);
    return value == null ? null : notNull(value, path(parent, key));
  }

  /** Runs {@code check} on a required property's value and path. */
  static void mustHave(
      JsonObject object, String key, String parent, BiConsumer<JsonValue, String> check) {
    check.accept(required(object, key, parent), path(parent, key));
  }

  /**
   * Runs {@code check} on the property's value and path when the property is there, and tells
   * whether it was.
   */
  static boolean whenPresent(
      JsonObject object, String key, String parent, BiConsumer<JsonValue, String> check) {
    JsonValue value = optional(object, key, parent);
    if (value != null) {
      check.accept(value, path(parent, key));
    }
    return value != null;
  }

  /** §2.2.s4.b1.b1: the LRS MUST reject Statements with any null values (except in extensions). */
  static JsonValue notNull(JsonValue value, String path) {
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      throw invalid(path, "must not be null");
    }
    return value;
  }

  static JsonObject object(JsonValue value, String path) {
    if (notNull(value, path).getValueType() != JsonValue.ValueType.OBJECT) {
      throw invalid(path, "must be a JSON object");
    }
    return value.asJsonObject();
  }

  static JsonArray array(JsonValue value, String path) {
    if (notNull(value, path).getValueType() != JsonValue.ValueType.ARRAY) {
      throw invalid(path, "must be a JSON array");
    }
    return value.asJsonArray();
  }

  /** §2.2.s4.b1.b2 and b3 reject strings that merely look like numbers or booleans, and so on. */
  static String string(JsonValue value, String path) {
    if (notNull(value, path).getValueType() != JsonValue.ValueType.STRING) {
      throw invalid(path, "must be a string");
    }
    return ((JsonString) value).getString();
  }

  static JsonNumber number(JsonValue value, String path) {
    if (notNull(value, path).getValueType() != JsonValue.ValueType.NUMBER) {
      throw invalid(path, "must be a number");
    }
    return (JsonNumber) value;
  }

  static void bool(JsonValue value, String path) {
    JsonValue.ValueType type = notNull(value, path).getValueType();
    if (type != JsonValue.ValueType.TRUE && type != JsonValue.ValueType.FALSE) {
      throw invalid(path, "must be true or false");
    }
  }

  /** The "objectType" of an object, or Java null when absent; it must be a string when present. */
  static String objectType(JsonObject object, String path) {
    JsonValue type = optional(object, "objectType", path);
    return type == null ? null : string(type, path(path, "objectType"));
  }
}
