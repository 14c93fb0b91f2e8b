package org.awarehouse.content.control.importing;

import java.util.regex.Pattern;

/**
 * Checks that cmi5 identifiers are absolute IRIs (cmi5 section 13.1.1: course, block and AU ids
 * are IRIs; RFC 3987 section 2.2: {@code absolute-IRI = scheme ":" ihier-part [ "?" iquery ]}).
 * The check is syntactic and deliberately loose: a scheme, something after it, and no character
 * that RFC 3987 forbids anywhere in an IRI.
 */
final class Iris {
  private static final Pattern ABSOLUTE = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`\\p{Cntrl}]+");

  private Iris() {}

  static boolean isAbsolute(String value) {
    return value != null && ABSOLUTE.matcher(value).matches();
  }
}
