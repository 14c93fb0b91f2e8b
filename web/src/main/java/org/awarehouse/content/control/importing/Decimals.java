package org.awarehouse.content.control.importing;

import java.util.regex.Pattern;

/** Parsing of the xs:decimal and xs:boolean values that manifests carry, with findings for bad ones. */
final class Decimals {
  // xs:decimal: no exponent, no NaN or Infinity, which Double.parseDouble would accept.
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

  private Decimals() {}

  /** The value, or null when {@code text} is absent; a finding when it is not a decimal in range. */
  static Double parse(String text, double min, double max, String where, String what, Findings findings) {
    if (text == null) {
      return null;
    }
    if (!DECIMAL.matcher(text).matches()) {
      findings.add(where, what + " is '" + text + "'; it must be a decimal number");
      return null;
    }
    double value = Double.parseDouble(text);
    if (value < min || value > max) {
      findings.add(where, what + " is " + text + "; it must be from " + format(min) + " to " + format(max));
      return null;
    }
    return value;
  }

  /** xs:boolean: "true" or "1". */
  static boolean isTrue(String value) {
    return "true".equals(value) || "1".equals(value);
  }

  /** xs:boolean with a default for an absent value. */
  static boolean bool(String value, boolean absent) {
    return value == null ? absent : isTrue(value);
  }

  private static String format(double bound) {
    return bound == Math.rint(bound) ? String.valueOf((long) bound) : String.valueOf(bound);
  }
}
