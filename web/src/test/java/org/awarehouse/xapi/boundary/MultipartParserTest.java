package org.awarehouse.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.awarehouse.xapi.control.MalformedMultipartException;
import org.awarehouse.xapi.control.StatementTooLargeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 2046 §5.1.1 multipart bodies as xAPI Communication §1.5.2 sends them. */
class MultipartParserTest {
  /** The boundary of the example in Communication §1.5.2.s6, with every kind of bchar. */
  static final String SPEC_BOUNDARY = "abcABC0123'()+_,-./:=?";

  static final String SPEC_EXAMPLE = "--" + SPEC_BOUNDARY + "\r\n"
      + "Content-Type:application/json\r\n\r\n"
      + "{\"actor\":{}}\r\n"
      + "--" + SPEC_BOUNDARY + "\r\n"
      + "Content-Type:text/plain\r\n"
      + "Content-Transfer-Encoding:binary\r\n"
      + "X-Experience-API-Hash:495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a\r\n\r\n"
      + "here is a simple attachment\r\n"
      + "--" + SPEC_BOUNDARY + "--";

  @Test
  void readsTheSpecExample_Communication_1_5_2_s6() {
    List<MultipartParser.Part> parts = parse(SPEC_EXAMPLE, SPEC_BOUNDARY);
    assertEquals(2, parts.size());
    assertEquals("application/json", parts.get(0).header("content-type"));
    assertEquals("{\"actor\":{}}", text(parts.get(0)));
    assertEquals("here is a simple attachment", text(parts.get(1)));
    assertEquals("binary", parts.get(1).header("Content-Transfer-Encoding"));
  }

  @Test
  void headerNamesAreCaseInsensitiveAndValuesTrimmed() {
    MultipartParser.Part part = parse("--b\r\nCONTENT-type:   text/plain  \r\nx-experience-api-HASH: ab\r\n\r\nx\r\n--b--", "b")
        .get(0);
    assertEquals("text/plain", part.header("Content-Type"));
    assertEquals("ab", part.header("X-Experience-API-Hash"));
  }

  @Test
  void foldedHeadersAreUnfolded() {
    MultipartParser.Part part = parse("--b\r\nContent-Type: text/plain;\r\n charset=utf-8\r\n\r\nx\r\n--b--", "b").get(0);
    assertEquals("text/plain; charset=utf-8", part.header("content-type"));
  }

  @Test
  void preambleEpilogueAndTransportPaddingAreIgnored_RFC2046_5_1_1() {
    List<MultipartParser.Part> parts =
        parse("This is a preamble.\r\n--b \t\r\nA: 1\r\n\r\none\r\n--b\r\n\r\ntwo\r\n--b--  \r\nThe epilogue.\r\n", "b");
    assertEquals(List.of("one", "two"), parts.stream().map(MultipartParserTest::text).toList());
    assertTrue(parts.get(1).headers().isEmpty(), "a part may have no headers at all");
  }

  @Test
  void contentThatLooksAlmostLikeADelimiterIsKept() {
    String content = "line\r\n-b\r\n--\r\n\r\r\n--c\r\n\r\n-";
    assertEquals(content, text(parse("--b\r\n\r\n" + content + "\r\n--b--", "b").get(0)));
  }

  @Test
  void binaryContentComesOutByteForByte() {
    byte[] data = new byte[100_000];
    new Random(7).nextBytes(data);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes("--xapi-boundary\r\nContent-Type: application/octet-stream\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    body.writeBytes(data);
    body.writeBytes("\r\n--xapi-boundary--\r\n".getBytes(StandardCharsets.US_ASCII));
    List<MultipartParser.Part> parts =
        MultipartParser.parse(new ByteArrayInputStream(body.toByteArray()), "xapi-boundary", Long.MAX_VALUE);
    assertArrayEquals(data, parts.get(0).body());
  }

  @Test
  void anEmptyPartIsAPart() {
    assertEquals(0, parse("--b\r\nA: 1\r\n\r\n\r\n--b--", "b").get(0).body().length);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "--b\r\n\r\nno close delimiter",                      // missing final boundary
      "--b\r\n\r\nx\r\n--b\r\n",                            // ends after a boundary line, inside headers
      "--b\r\n\r\nx\r\n--b",                                // ends inside a boundary line
      "--b--\r\n",                                          // closes before any part
      "no boundary at all",                                 // garbage
      "",                                                   // nothing
      "--b\nA: 1\n\nx\n--b--",                              // bare LF line ends
      "--b\r\nA: 1\n\r\nx\r\n--b--",                        // a bare LF in the headers
      "--b\r\nnot a header\r\n\r\nx\r\n--b--",              // a header without a colon
      "--b\r\n: empty name\r\n\r\nx\r\n--b--",              // a header without a name
      "--b\r\n folded first\r\n\r\nx\r\n--b--",             // a continuation line first
      "--b\r\nA: 1\r\nA: 2\r\n\r\nx\r\n--b--",              // a repeated header
      "--b\r\nA: \u00e9\r\n\r\nx\r\n--b--",                 // a non-ASCII header byte
      "--b\r\n\r\nx\r\n--bc\r\n\r\ny\r\n--b--",             // a longer boundary than declared
      "--b\r\n\r\nx\r\n--b-\r\n",                           // a single hyphen after the boundary
  })
  void malformedBodiesAreRejected(String body) {
    assertThrows(MalformedMultipartException.class, () -> parse(body, "b"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "ends-in-space ", "semi;colon", "quote\"", "a\r\nb",
      "0123456789012345678901234567890123456789012345678901234567890123456789x"})
  void boundariesOutsideRfc2046AreRejected(String boundary) {
    assertThrows(MalformedMultipartException.class, () -> parse("--x\r\n\r\nx\r\n--x--", boundary));
  }

  @Test
  void aMissingBoundaryIsRejected() {
    assertThrows(MalformedMultipartException.class, () -> parse("--x\r\n\r\nx\r\n--x--", null));
  }

  @Test
  void aBodyOverTheLimitIsRefusedWhileReading() {
    String body = "--b\r\n\r\n" + "x".repeat(1000) + "\r\n--b--";
    assertThrows(StatementTooLargeException.class,
        () -> MultipartParser.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.US_ASCII)), "b", 500));
    assertEquals(1, MultipartParser.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.US_ASCII)), "b",
        body.length()).size(), "exactly the limit is allowed");
  }

  @Test
  void headersAreLimitedInSize() {
    String body = "--b\r\nA: " + "v".repeat(MultipartParser.MAX_HEADER_BYTES) + "\r\n\r\nx\r\n--b--";
    assertThrows(MalformedMultipartException.class, () -> parse(body, "b"));
  }

  static List<MultipartParser.Part> parse(String body, String boundary) {
    return MultipartParser.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.ISO_8859_1)), boundary,
        Long.MAX_VALUE);
  }

  static String text(MultipartParser.Part part) {
    return new String(part.body(), StandardCharsets.UTF_8);
  }
}
