package org.awarehouse.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AcceptEncodingTest {

  @ParameterizedTest
  @ValueSource(strings = {"gzip", "gzip, deflate, br, zstd", "br;q=1.0, gzip;q=0.8, *;q=0.1", "GZIP",
      "x-gzip", "*", "deflate, *;q=0.5", "gzip;q=0.001", "gzip ; q=1", "gzip;Q=0.5", "identity, gzip",
      "gzip;q=1.000", ", gzip,"})
  void allowsGzip(String header) {
    assertTrue(AcceptEncoding.allowsGzip(header), header);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "identity", "br, deflate", "gzip;q=0", "gzip;q=0.000", "gzip;q=0, *",
      "*;q=0", "br, *;q=0", "gzip;q=2", "gzip;q=1.5", "gzip;q=abc", "gzip;q=", "gzip;q=0.0000", "gzipx",
      "*, gzip;q=0", "identity;q=1, *;q=0"}) // the last is what Chromium sends for media
  void refusesGzip(String header) {
    assertFalse(AcceptEncoding.allowsGzip(header), header);
  }

  @Test
  void noHeaderMeansIdentity() {
    assertFalse(AcceptEncoding.allowsGzip(null));
  }

  @Test
  void qvaluesInThousandths() {
    assertEquals(1000, AcceptEncoding.qvalue("1"));
    assertEquals(500, AcceptEncoding.qvalue("0.5"));
    assertEquals(1, AcceptEncoding.qvalue("0.001"));
    assertEquals(0, AcceptEncoding.qvalue("0"));
    assertEquals(0, AcceptEncoding.qvalue("1.001"));
    assertEquals(0, AcceptEncoding.qvalue(".5"));
  }
}
