package org.awarehouse.content.control;

/**
 * Entity-tag comparisons for conditional requests (RFC 9110 §8.8.3 and §13.1). Tags are compared
 * in place, without splitting the header into strings, because every cached revisit of a package
 * file passes through here.
 */
public final class EntityTags {

  private EntityTags() {}

  /** The strong tag of content with this SHA-256, optionally with a suffix naming a coding. */
  public static String strong(String sha256, String suffix) {
    return '"' + sha256 + suffix + '"';
  }

  /**
   * If-None-Match (RFC 9110 §13.1.2): true for {@code *} or when any listed tag matches by weak
   * comparison, i.e. the opaque tags are equal whether either is marked {@code W/}.
   */
  public static boolean anyMatchesWeakly(String header, String etag) {
    return anyMatches(header, etag, true);
  }

  /**
   * If-Match (RFC 9110 §13.1.1): true for {@code *} or when a listed tag matches by strong
   * comparison; a weak tag never does.
   */
  public static boolean anyMatchesStrongly(String header, String etag) {
    return anyMatches(header, etag, false);
  }

  /**
   * If-Range (RFC 9110 §13.1.5): true only for an entity-tag that strongly matches. A date never
   * does here: we send no Last-Modified, so there is no date a client could validly hold.
   */
  public static boolean sameRepresentation(String ifRange, String etag) {
    return ifRange.strip().equals(etag);
  }

  private static boolean anyMatches(String header, String etag, boolean weakAllowed) {
    int i = skipSeparators(header, 0);
    if (header.startsWith("*", i) && skipSeparators(header, i + 1) == header.length()) {
      return true;
    }
    while (i < header.length()) {
      boolean weak = header.startsWith("W/", i);
      int open = weak ? i + 2 : i;
      if (open >= header.length() || header.charAt(open) != '"') {
        return false; // not a list of entity-tags: no match rather than a guess
      }
      int close = header.indexOf('"', open + 1);
      if (close < 0) {
        return false;
      }
      int next = close + 1;
      if (next < header.length() && header.charAt(next) != ',' && header.charAt(next) != ' '
          && header.charAt(next) != '\t') {
        return false;
      }
      int tagLength = close - open + 1;
      if ((weakAllowed || !weak) && tagLength == etag.length() && header.regionMatches(open, etag, 0, tagLength)) {
        return true;
      }
      i = skipSeparators(header, next);
    }
    return false;
  }

  /** Skips optional white space and the commas of a list (RFC 9110 §5.6.1 allows empty elements). */
  private static int skipSeparators(String header, int i) {
    while (i < header.length() && (header.charAt(i) == ',' || header.charAt(i) == ' ' || header.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
