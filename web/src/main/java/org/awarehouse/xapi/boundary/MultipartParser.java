package org.awarehouse.xapi.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.awarehouse.xapi.control.MalformedMultipartException;
import org.awarehouse.xapi.control.StatementTooLargeException;

/**
 * A strict reader of multipart/mixed bodies (RFC 2046 §5.1.1). It reads the stream once, in
 * chunks, and refuses with 413 as soon as more than the configured number of bytes arrive, so an
 * oversized request is never read whole. It is strict where lenient parsers guess: a body without
 * its close delimiter, a bare LF, a boundary line with trailing text or a header without a colon is
 * an error, because the LRS must match parts to attachments exactly (xAPI Communication §1.5.2).
 */
final class MultipartParser {
  /** The most bytes one part's header section may take; xAPI parts carry three short headers. */
  static final int MAX_HEADER_BYTES = 16 * 1024;

  private static final int CR = '\r';
  private static final int LF = '\n';
  // RFC 2046 §5.1.1: bcharsnospace and the space, which must not end the boundary
  private static final String BCHARS =
      "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'()+_,-./:=? ";

  /** One body part: its headers by lower-case name, and its octets as sent. */
  record Part(Map<String, String> headers, byte[] body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private final InputStream in;
  private final String boundary;
  private final byte[] delimiter;
  private final long limit;
  private final byte[] buffer = new byte[8192];
  private int position;
  private int filled;
  private long consumed;

  private MultipartParser(InputStream in, String boundary, long limit) {
    this.in = in;
    this.boundary = boundary;
    // §5.1.1: the delimiter is CRLF, two hyphens and the boundary; the CRLF belongs to it
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
    this.limit = limit;
  }

  /**
   * The body parts of {@code body}, in order.
   *
   * @throws MalformedMultipartException when the body or boundary breaks RFC 2046 §5.1.1
   * @throws StatementTooLargeException when the body is longer than {@code maxBytes}
   */
  static List<Part> parse(InputStream body, String boundary, long maxBytes) {
    checkBoundary(boundary);
    try {
      return new MultipartParser(body, boundary, maxBytes).parts();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** §5.1.1: 1 to 70 characters of bchars, not ending in a space. */
  static void checkBoundary(String boundary) {
    if (boundary == null || boundary.isEmpty() || boundary.length() > 70 || boundary.endsWith(" ")
        || !boundary.chars().allMatch(c -> BCHARS.indexOf(c) >= 0)) {
      throw new MalformedMultipartException("The Content-Type needs a boundary parameter of 1 to 70 characters "
          + "allowed by RFC 2046 §5.1.1, not ending in a space.");
    }
  }

  private List<Part> parts() throws IOException {
    // the preamble is skipped as if a CRLF came before the body, so that a dash-boundary on the
    // very first line is found too (§5.1.1: "[preamble CRLF] dash-boundary")
    if (!copyToDelimiter(null, 2)) {
      throw malformed("holds no boundary line --" + boundary);
    }
    if (closes()) {
      throw malformed("closes before its first part; RFC 2046 §5.1.1 requires at least one");
    }
    List<Part> parts = new ArrayList<>();
    while (true) {
      Map<String, String> headers = headers(parts.size() + 1);
      ByteSink content = new ByteSink();
      if (!copyToDelimiter(content, 0)) {
        throw malformed("ends inside part " + (parts.size() + 1) + ", without the close delimiter --" + boundary + "--");
      }
      parts.add(new Part(Collections.unmodifiableMap(headers), content.toByteArray()));
      if (closes()) {
        return List.copyOf(parts); // the epilogue, if any, is not read (§5.1.1: to be ignored)
      }
    }
  }

  /**
   * Copies bytes to {@code sink} (or drops them when null) up to the next delimiter, which it
   * consumes. The delimiter starts with the only CR it holds (a boundary has no CR), so after a
   * mismatch the search can restart at the current byte without backtracking.
   *
   * @param matched how many delimiter bytes count as already seen
   * @return false at the end of the stream
   */
  private boolean copyToDelimiter(ByteSink sink, int matched) throws IOException {
    int k = matched;
    for (int b = next(); b >= 0; b = next()) {
      if (b == (delimiter[k] & 0xff)) {
        if (++k == delimiter.length) {
          return true;
        }
        continue;
      }
      if (sink != null) {
        sink.write(delimiter, k);
      }
      k = b == CR ? 1 : 0;
      if (k == 0 && sink != null) {
        sink.write(b);
      }
    }
    return false;
  }

  /**
   * After a delimiter: "--" closes the body; otherwise only transport padding (spaces and tabs)
   * and CRLF may follow (§5.1.1), so a longer boundary that merely starts with ours is an error.
   */
  private boolean closes() throws IOException {
    int b = next();
    if (b == '-') {
      if (next() != '-') {
        throw malformed("has a boundary line --" + boundary + " followed by a single hyphen");
      }
      return true;
    }
    while (b == ' ' || b == '\t') {
      b = next();
    }
    if (b != CR || next() != LF) {
      throw malformed("has a boundary line --" + boundary + " followed by more than white space and CRLF");
    }
    return false;
  }

  /** RFC 2045 §3 / RFC 5322 §2.2 header fields up to the empty line; names are case-insensitive. */
  private Map<String, String> headers(int part) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    String last = null;
    int budget = MAX_HEADER_BYTES;
    while (true) {
      String line = line(part, budget);
      budget -= line.length() + 2;
      if (line.isEmpty()) {
        return headers;
      }
      if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
        if (last == null) {
          throw malformed("part " + part + " starts its headers with a continuation line");
        }
        headers.merge(last, " " + line.strip(), String::concat); // RFC 5322 §2.2.3 unfolding
        continue;
      }
      int colon = line.indexOf(':');
      String name = colon > 0 ? line.substring(0, colon).toLowerCase(Locale.ROOT) : "";
      if (name.isEmpty() || !name.chars().allMatch(c -> c > ' ' && c < 127)) {
        throw malformed("part " + part + " has a header line that is not 'Name: value'");
      }
      if (headers.putIfAbsent(name, line.substring(colon + 1).strip()) != null) {
        throw malformed("part " + part + " repeats its " + name + " header");
      }
      last = name;
    }
  }

  private String line(int part, int budget) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b = next(); ; b = next()) {
      if (b < 0) {
        throw malformed("ends inside the headers of part " + part);
      }
      if (b == CR) {
        if (next() != LF) {
          throw malformed("part " + part + " has a CR without LF in its headers");
        }
        return line.toString();
      }
      if (b == LF) {
        throw malformed("part " + part + " ends a header line with LF alone; MIME requires CRLF");
      }
      if ((b < ' ' && b != '\t') || b > '~') {
        throw malformed("part " + part + " has a header with a control or non-ASCII byte");
      }
      if (line.length() + 2 >= budget) {
        throw malformed("part " + part + " has more than " + MAX_HEADER_BYTES + " bytes of headers");
      }
      line.append((char) b);
    }
  }

  private int next() throws IOException {
    if (position == filled) {
      filled = in.read(buffer);
      position = 0;
      if (filled <= 0) {
        filled = 0;
        return -1;
      }
    }
    if (++consumed > limit) {
      throw new StatementTooLargeException(limit);
    }
    return buffer[position++] & 0xff;
  }

  private MalformedMultipartException malformed(String what) {
    return new MalformedMultipartException("The multipart/mixed body " + what + ".");
  }

  /** An unsynchronised byte collector: a part is copied byte by byte. */
  private static final class ByteSink {
    private byte[] bytes = new byte[256];
    private int size;

    void write(int b) {
      if (size == bytes.length) {
        bytes = Arrays.copyOf(bytes, bytes.length * 2);
      }
      bytes[size++] = (byte) b;
    }

    void write(byte[] source, int length) {
      for (int i = 0; i < length; i++) {
        write(source[i]);
      }
    }

    byte[] toByteArray() {
      return Arrays.copyOf(bytes, size);
    }
  }
}
