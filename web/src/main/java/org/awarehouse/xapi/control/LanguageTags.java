package org.awarehouse.xapi.control;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * RFC 5646 language tags: the syntax check xAPI 1.0.3 Data §2.2.s4.b2 demands for language map keys
 * (and context.language), and the choice of one entry for the "canonical" format.
 */
final class LanguageTags {
  private static final String ALPHANUM = "[a-z0-9]";
  // RFC 5646 §2.1: language = 2*3ALPHA ["-" extlang] / 4ALPHA / 5*8ALPHA,
  // where extlang = 3ALPHA *2("-" 3ALPHA)
  private static final String LANGUAGE = "(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})";
  private static final String SCRIPT = "[a-z]{4}";
  private static final String REGION = "(?:[a-z]{2}|[0-9]{3})";
  private static final String VARIANT = "(?:" + ALPHANUM + "{5,8}|[0-9]" + ALPHANUM + "{3})";
  private static final String EXTENSION = "[0-9a-wy-z](?:-" + ALPHANUM + "{2,8})+";
  private static final String PRIVATE_USE = "x(?:-" + ALPHANUM + "{1,8})+";
  // langtag = language ["-" script] ["-" region] *("-" variant) *("-" extension) ["-" privateuse]
  private static final String LANGTAG =
      LANGUAGE
          + optional(SCRIPT)
          + optional(REGION)
          + repeated(VARIANT)
          + repeated(EXTENSION)
          + optional(PRIVATE_USE);
  // Language-Tag = langtag / privateuse / grandfathered (the irregular ones are listed below)
  private static final Pattern TAG =
      Pattern.compile(LANGTAG + "|" + PRIVATE_USE, Pattern.CASE_INSENSITIVE);

  /** RFC 5646 §2.2.8: grandfathered tags that do not follow the syntax above. */
  private static final Set<String> IRREGULAR =
      Set.of(
          "en-gb-oed",
          "i-ami",
          "i-bnn",
          "i-default",
          "i-enochian",
          "i-hak",
          "i-klingon",
          "i-lux",
          "i-mingo",
          "i-navajo",
          "i-pwn",
          "i-tao",
          "i-tay",
          "i-tsu",
          "sgn-be-fr",
          "sgn-be-nl",
          "sgn-ch-de");

  private static final String UNDETERMINED = "und";

  /**
   * Tags already found valid: statements use a handful of languages, and the pattern is the
   * costliest check of a language map. Bounded, so a stream of made-up tags cannot grow it.
   */
  private static final Set<String> KNOWN_VALID = ConcurrentHashMap.newKeySet();
  private static final int KNOWN_VALID_MAX = 1_000;

  private LanguageTags() {}

  /** Well-formed per RFC 5646 §2.1 (syntax only: subtags are not looked up in the registry). */
  static boolean isValid(String tag) {
    if (KNOWN_VALID.contains(tag)) {
      return true;
    }
    boolean valid = TAG.matcher(tag).matches() || IRREGULAR.contains(tag.toLowerCase(Locale.ROOT));
    if (valid && KNOWN_VALID.size() < KNOWN_VALID_MAX) {
      KNOWN_VALID.add(tag);
    }
    return valid;
  }

  /**
   * The key of the entry to show a reader whose Accept-Language preferences are {@code ranges},
   * most preferred first: for each preference in turn an exact match, else a key with the same
   * primary language subtag; failing all, "und", else the first key. A "*" preference accepts the
   * first key. Returns null only for an empty map.
   */
  static String preferred(List<String> keys, List<String> ranges) {
    if (keys.isEmpty()) {
      return null;
    }
    for (String range : ranges) {
      String match = match(keys, range.trim());
      if (match != null) {
        return match;
      }
    }
    return keys.stream().filter(UNDETERMINED::equalsIgnoreCase).findFirst().orElse(keys.get(0));
  }

  private static String match(List<String> keys, String range) {
    if (range.equals("*")) {
      return keys.get(0);
    }
    for (String key : keys) {
      if (key.equalsIgnoreCase(range)) {
        return key;
      }
    }
    String primary = primary(range);
    for (String key : keys) {
      if (!primary.isEmpty() && primary(key).equalsIgnoreCase(primary)) {
        return key;
      }
    }
    return null;
  }

  /** A "-" subtag that may appear once. */
  private static String optional(String subtag) {
    return "(?:-" + subtag + ")?";
  }

  /** A "-" subtag that may appear any number of times. */
  private static String repeated(String subtag) {
    return "(?:-" + subtag + ")*";
  }

  private static String primary(String tag) {
    int dash = tag.indexOf('-');
    return dash < 0 ? tag : tag.substring(0, dash);
  }
}
