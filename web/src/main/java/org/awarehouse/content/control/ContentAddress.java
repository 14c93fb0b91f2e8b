package org.awarehouse.content.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A validated request for one package file: {@code /content/<content key>/<path inside the
 * package>}. Only normalised paths are accepted, because the file index holds normalised paths
 * and anything else is either a mistake or an attempt to leave the package.
 */
public record ContentAddress(String contentKey, String path) {
  private static final int KEY_LENGTH = 32;

  /**
   * Reads the part of the raw request URI after {@code /content/}: the key, then the path,
   * percent-decoded exactly once (RFC 3986 §2.1) as UTF-8. Empty when anything is off: a key that
   * is not 32 lower-case hex digits, a malformed escape or UTF-8 sequence, an empty segment, a
   * {@code .} or {@code ..} segment, a backslash or a control character such as NUL.
   */
  public static Optional<ContentAddress> parse(String raw) {
    if (raw == null || raw.length() < KEY_LENGTH + 2 || raw.charAt(KEY_LENGTH) != '/') {
      return Optional.empty();
    }
    String key = raw.substring(0, KEY_LENGTH);
    if (!isHex(key)) {
      return Optional.empty();
    }
    String path = raw.indexOf('%') < 0 ? raw.substring(KEY_LENGTH + 1) : decode(raw, KEY_LENGTH + 1);
    return path != null && isNormalised(path) ? Optional.of(new ContentAddress(key, path)) : Optional.empty();
  }

  private static boolean isHex(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  /** Percent-decodes once; {@code +} stays a plus, as it does in a path (RFC 3986 §3.3). */
  static String decode(String raw, int from) {
    byte[] bytes = new byte[raw.length() - from];
    int n = 0;
    for (int i = from; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return null;
        }
        int high = Character.digit(raw.charAt(i + 1), 16);
        int low = Character.digit(raw.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return null;
        }
        bytes[n++] = (byte) (high << 4 | low);
        i += 2;
      } else if (c > 0x7e) {
        return null; // a request-target is ASCII (RFC 9112 §3.2); browsers escape the rest
      } else {
        bytes[n++] = (byte) c;
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, n)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Segments are non-empty and not dot-segments (RFC 3986 §3.3); no backslash, no control characters. */
  static boolean isNormalised(String path) {
    int segmentStart = 0;
    for (int i = 0; i <= path.length(); i++) {
      char c = i < path.length() ? path.charAt(i) : '/';
      if (c == '/') {
        int length = i - segmentStart;
        if (length == 0 || isDotSegment(path, segmentStart, length)) {
          return false;
        }
        segmentStart = i + 1;
      } else if (c == '\\' || c < 0x20 || c == 0x7f) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDotSegment(String path, int start, int length) {
    return path.charAt(start) == '.' && (length == 1 || length == 2 && path.charAt(start + 1) == '.');
  }
}
