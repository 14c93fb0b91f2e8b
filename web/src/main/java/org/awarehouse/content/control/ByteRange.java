package org.awarehouse.content.control;

/**
 * What a Range header (RFC 9110 §14.2) asks of a representation of a known size: the whole of
 * it, one satisfiable range of it ({@code first}..{@code last}, inclusive), or nothing it has.
 */
public record ByteRange(Kind kind, long first, long last) {

  public enum Kind { WHOLE, PART, UNSATISFIABLE }

  public static final ByteRange WHOLE = new ByteRange(Kind.WHOLE, -1, -1);
  public static final ByteRange UNSATISFIABLE = new ByteRange(Kind.UNSATISFIABLE, -1, -1);

  private static final String UNIT = "bytes";

  public long length() {
    return last - first + 1;
  }

  /**
   * Reads a Range header for a representation of {@code size} bytes (RFC 9110 §14.1.2).
   *
   * <p>Anything we do not act on yields {@link #WHOLE}, which §14.2 allows ("A server MAY ignore
   * the Range header field"): another unit, invalid syntax, and a request for several ranges.
   * Several ranges would need multipart/byteranges; browsers never ask for them (video seeking
   * asks for one open range), and the full file answers them correctly.
   */
  public static ByteRange parse(String header, long size) {
    int equals = header.indexOf('=');
    if (equals < 0 || !header.substring(0, equals).strip().equalsIgnoreCase(UNIT)) {
      return WHOLE; // §14.2: a range unit the server does not understand is ignored
    }
    String spec = null;
    for (String element : header.substring(equals + 1).split(",", -1)) {
      String stripped = element.strip(); // §5.6.1: OWS around list elements, empty ones allowed
      if (!stripped.isEmpty()) {
        if (spec != null) {
          return WHOLE;
        }
        spec = stripped;
      }
    }
    return spec == null ? WHOLE : single(spec, size);
  }

  /** int-range = first-pos "-" [ last-pos ]; suffix-range = "-" suffix-length (§14.1.2). */
  private static ByteRange single(String spec, long size) {
    int dash = spec.indexOf('-');
    if (dash < 0) {
      return WHOLE;
    }
    long first = dash == 0 ? -1 : digits(spec, 0, dash);
    long last = dash == spec.length() - 1 ? -1 : digits(spec, dash + 1, spec.length());
    if (first == -2 || last == -2 || first == -1 && last == -1 || first >= 0 && last >= 0 && last < first) {
      return WHOLE; // §14.1.1: an int-range with last-pos < first-pos is invalid
    }
    if (first < 0) {
      // §14.1.1: a suffix-range is satisfiable when its length is non-zero; one longer than the
      // representation asks for all of it. A zero-length file has no range to describe in a
      // Content-Range, so it is sent whole.
      if (last == 0) {
        return UNSATISFIABLE;
      }
      return size == 0 ? WHOLE : new ByteRange(Kind.PART, Math.max(0, size - last), size - 1);
    }
    if (first >= size) {
      return UNSATISFIABLE; // §14.1.1: satisfiable only if first-pos < the length
    }
    return new ByteRange(Kind.PART, first, last < 0 || last >= size ? size - 1 : last);
  }

  /** The number in {@code text[from, to)}; -2 when it is not 1*DIGIT; saturates rather than overflows. */
  private static long digits(String text, int from, int to) {
    long value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -2;
      }
      value = value > (Long.MAX_VALUE - 9) / 10 ? Long.MAX_VALUE : value * 10 + (c - '0');
    }
    return value;
  }
}
