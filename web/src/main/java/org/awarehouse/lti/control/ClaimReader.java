package org.awarehouse.lti.control;

import static org.awarehouse.lti.control.LaunchRejectedException.Rule.MALFORMED_CLAIM;
import static org.awarehouse.lti.control.LaunchRejectedException.Rule.MISSING_CLAIM;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed reads of the JSON claims of a verified token, or of one claim object within it. A claim
 * that is absent (or JSON null) is missing; a claim of the wrong JSON type is malformed. Details
 * name the claim, never its value, since values may be personal.
 */
final class ClaimReader {
  /** LTI Core 1.3 §5.3.3, §5.3.5, §5.3.6 and §5.4.1: identifiers of at most 255 ASCII characters. */
  private static final int MAX_ID_LENGTH = 255;

  private final Map<String, Object> json;
  private final String path;

  ClaimReader(Map<String, Object> json) {
    this(json, "");
  }

  private ClaimReader(Map<String, Object> json, String path) {
    this.json = json;
    this.path = path;
  }

  String requiredString(String name, String spec) {
    String value = optionalString(name, spec);
    if (value == null || value.isEmpty()) {
      throw missing(name, spec);
    }
    return value;
  }

  String optionalString(String name, String spec) {
    Object value = json.get(name);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw malformed(name, "a string", spec);
  }

  /** A required identifier the specification limits to 255 characters. */
  String requiredId(String name, String spec) {
    String value = requiredString(name, spec);
    if (value.length() > MAX_ID_LENGTH) {
      throw malformed(name, "at most " + MAX_ID_LENGTH + " characters long", spec);
    }
    return value;
  }

  /** An identifier the specification limits to 255 characters, or null if absent. */
  String optionalId(String name, String spec) {
    return json.get(name) == null ? null : requiredId(name, spec);
  }

  List<String> requiredStrings(String name, String spec) {
    if (json.get(name) == null) {
      throw missing(name, spec);
    }
    return optionalStrings(name, spec);
  }

  /** An array of strings; empty if the claim is absent. */
  List<String> optionalStrings(String name, String spec) {
    Object value = json.get(name);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw malformed(name, "an array of strings", spec);
    }
    List<String> strings = new ArrayList<>(list.size());
    for (Object element : list) {
      if (!(element instanceof String string)) {
        throw malformed(name, "an array of strings", spec);
      }
      strings.add(string);
    }
    return strings;
  }

  boolean optionalBoolean(String name, boolean absent, String spec) {
    Object value = json.get(name);
    if (value == null) {
      return absent;
    }
    if (value instanceof Boolean bool) {
      return bool;
    }
    throw malformed(name, "a boolean", spec);
  }

  ClaimReader requiredObject(String name, String spec) {
    ClaimReader object = optionalObject(name, spec);
    if (object == null) {
      throw missing(name, spec);
    }
    return object;
  }

  /** The claim object, or null if the claim is absent. */
  ClaimReader optionalObject(String name, String spec) {
    Object value = json.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw malformed(name, "a JSON object", spec);
    }
    @SuppressWarnings("unchecked") // JSON object members always have string names
    Map<String, Object> members = (Map<String, Object>) map;
    return new ClaimReader(members, path + name + ".");
  }

  /**
   * The members of this object as strings. LTI Core 1.3 §5.4.6 allows only string values for
   * custom parameters; a platform that sends a number still means its text, and a null has no
   * value to keep.
   */
  Map<String, String> asStringMap() {
    Map<String, String> strings = new LinkedHashMap<>();
    json.forEach(
        (key, value) -> {
          if (value != null) {
            strings.put(key, value.toString());
          }
        });
    return strings;
  }

  private LaunchRejectedException missing(String name, String spec) {
    return new LaunchRejectedException(
        MISSING_CLAIM, spec, "The id_token lacks the required claim " + path + name + ".");
  }

  private LaunchRejectedException malformed(String name, String expected, String spec) {
    return new LaunchRejectedException(
        MALFORMED_CLAIM, spec, "The claim " + path + name + " must be " + expected + ".");
  }
}
