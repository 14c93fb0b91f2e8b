package org.awarehouse.content.control.importing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns the URL references that manifests make into file paths inside the package, or says why not. */
final class PackagePaths {
  // RFC 3986 section 3.1: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) followed by ":".
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private PackagePaths() {}

  static boolean hasScheme(String reference) {
    return SCHEME.matcher(reference).find();
  }

  /**
   * Applies {@code reference} to an xml:base. An absolute reference replaces the base; a relative
   * one is appended. A base without a trailing slash is taken as a directory, because manifest
   * authors write {@code xml:base="content"} meaning the folder, never a file to replace.
   */
  static String applyBase(String base, String reference) {
    if (base == null || base.isEmpty() || hasScheme(reference) || reference.startsWith("/")) {
      return reference;
    }
    return base.endsWith("/") ? base + reference : base + "/" + reference;
  }

  /**
   * The normalised path inside the package that {@code encodedPath} names, or empty when it is not
   * one: it climbs above the root with {@code ..}, is absolute, or is not valid percent-encoded UTF-8.
   */
  static Optional<String> insidePackage(String encodedPath) {
    if (encodedPath.isEmpty() || encodedPath.startsWith("/") || hasScheme(encodedPath)) {
      return Optional.empty();
    }
    Optional<String> decoded = percentDecode(encodedPath);
    if (decoded.isEmpty() || decoded.get().indexOf('\\') >= 0 || decoded.get().indexOf('\0') >= 0) {
      return Optional.empty();
    }
    Deque<String> segments = new ArrayDeque<>();
    for (String segment : decoded.get().split("/", -1)) {
      if (segment.equals("..")) {
        if (segments.isEmpty()) {
          return Optional.empty();
        }
        segments.removeLast();
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        segments.addLast(segment);
      }
    }
    return segments.isEmpty() ? Optional.empty() : Optional.of(String.join("/", segments));
  }

  /** RFC 3986 percent-decoding as UTF-8; unlike URLDecoder it leaves {@code +} alone, as paths need. */
  static Optional<String> percentDecode(String encoded) {
    if (encoded.indexOf('%') < 0) {
      return Optional.of(encoded);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < encoded.length(); i++) {
      int c = encoded.codePointAt(i);
      if (c != '%') {
        bytes.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(c) - 1;
        continue;
      }
      if (i + 2 >= encoded.length()) {
        return Optional.empty();
      }
      int high = Character.digit(encoded.charAt(i + 1), 16);
      int low = Character.digit(encoded.charAt(i + 2), 16);
      if (high < 0 || low < 0) {
        return Optional.empty();
      }
      bytes.write(high * 16 + low);
      i += 2;
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
