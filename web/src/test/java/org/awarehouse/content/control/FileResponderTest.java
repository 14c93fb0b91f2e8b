package org.awarehouse.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileResponderTest {
  static final String SHA = "abababababababababababababababababababababababababababababababab";
  static final String TAG = "\"" + SHA + "\"";
  static final String GZ_TAG = "\"" + SHA + "-gz\"";
  static final StoredFile SCRIPT = new StoredFile(SHA, 50_000);
  static final StoredFile VIDEO = new StoredFile(SHA, 5_000_000);
  static final long GZ_SIZE = 12_000;

  final Map<String, String> request = new HashMap<>();
  int gzipRequests;

  DeliveryPlan get(String path, StoredFile file) {
    return plan(false, path, file);
  }

  DeliveryPlan plan(boolean head, String path, StoredFile file) {
    return FileResponder.plan(head, request::get, path, file, f -> {
      gzipRequests++;
      return Math.min(GZ_SIZE, f.size() / 4);
    });
  }

  static Map<String, String> headers(DeliveryPlan plan) {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    plan.headers((name, value) -> assertNull(headers.put(name, value), "twice: " + name));
    return headers;
  }

  @Test
  void aPlainGetSendsTheWholeStoredFileWithItsHeaders() {
    DeliveryPlan plan = get("media/intro.mp4", VIDEO);
    assertEquals(200, plan.status());
    assertTrue(plan.hasBody());
    assertFalse(plan.gzip());
    assertEquals(0, plan.first());
    assertEquals(5_000_000, plan.length());
    Map<String, String> headers = headers(plan);
    assertEquals("video/mp4", headers.get("Content-Type"));
    assertEquals(TAG, headers.get("ETag"));
    assertEquals("public, max-age=31536000, immutable", headers.get("Cache-Control"));
    assertEquals("bytes", headers.get("Accept-Ranges"));
    assertFalse(headers.containsKey("Vary"));
    assertFalse(headers.containsKey("Content-Encoding"));
    assertFalse(headers.containsKey("Set-Cookie"));
    assertFalse(headers.containsKey("Last-Modified"));
  }

  @Test
  void headHasTheSameHeadersAndLengthWithoutBody() {
    DeliveryPlan get = get("media/intro.mp4", VIDEO);
    DeliveryPlan head = plan(true, "media/intro.mp4", VIDEO);
    assertFalse(head.hasBody());
    assertEquals(get.length(), head.length());
    assertEquals(headers(get), headers(head));
  }

  // --- conditional requests (RFC 9110 §13.1.2, §13.2.2)

  @ParameterizedTest
  @ValueSource(strings = {TAG, "W/" + TAG, "*", "\"other\", " + TAG, "W/\"x\",W/" + TAG + " , \"y\"", " * "})
  void ifNoneMatchMatchingWeaklyIsNotModified(String ifNoneMatch) {
    request.put("If-None-Match", ifNoneMatch);
    DeliveryPlan plan = get("media/intro.mp4", VIDEO);
    assertEquals(304, plan.status());
    assertFalse(plan.hasBody());
    assertEquals(-1, plan.length());
    Map<String, String> headers = headers(plan);
    assertEquals(TAG, headers.get("ETag"));
    assertEquals(DeliveryPlan.CACHE_CONTROL, headers.get("Cache-Control"));
    assertFalse(headers.containsKey("Content-Type"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"other\"", "\"" + SHA + "\"x", SHA, "W/\"" + SHA + "-gz\"", "\"ABababababababababababababababababababababababababababababababab\"",
      "**", "garbage"})
  void ifNoneMatchNotMatchingSendsTheFile(String ifNoneMatch) {
    request.put("If-None-Match", ifNoneMatch);
    assertEquals(200, get("media/intro.mp4", VIDEO).status());
  }

  @Test
  void notModifiedOutranksRange() {
    request.put("If-None-Match", TAG);
    request.put("Range", "bytes=0-1");
    assertEquals(304, get("media/intro.mp4", VIDEO).status());
  }

  @Test
  void theGzipVariantIsValidatedByItsOwnTag() {
    request.put("Accept-Encoding", "gzip");
    request.put("If-None-Match", GZ_TAG);
    DeliveryPlan plan = get("index.html", SCRIPT);
    assertEquals(304, plan.status());
    assertEquals(GZ_TAG, headers(plan).get("ETag"));
    assertEquals("Accept-Encoding", headers(plan).get("Vary"));
    assertFalse(headers(plan).containsKey("Content-Encoding"));
    request.put("If-None-Match", TAG);
    assertEquals(200, get("index.html", SCRIPT).status());
  }

  @Test
  void ifMatchFailingIsPreconditionFailed() {
    request.put("If-Match", "\"other\"");
    assertEquals(412, get("a.png", VIDEO).status());
    request.put("If-Match", "W/" + TAG); // strong comparison: a weak tag never matches
    assertEquals(412, get("a.png", VIDEO).status());
    request.put("If-Match", TAG);
    assertEquals(200, get("a.png", VIDEO).status());
    request.put("If-Match", "*");
    assertEquals(200, get("a.png", VIDEO).status());
  }

  // --- ranges (RFC 9110 §14)

  @Test
  void aRangeIsPartialContent() {
    request.put("Range", "bytes=1000-1999");
    DeliveryPlan plan = get("media/intro.mp4", VIDEO);
    assertEquals(206, plan.status());
    assertEquals(1000, plan.first());
    assertEquals(1000, plan.length());
    assertTrue(plan.hasBody());
    Map<String, String> headers = headers(plan);
    assertEquals("bytes 1000-1999/5000000", headers.get("Content-Range"));
    assertEquals("video/mp4", headers.get("Content-Type"));
    assertEquals(TAG, headers.get("ETag"));
  }

  @Test
  void chromiumSeekingAsksForAnOpenRange() {
    request.put("Range", "bytes=0-");
    DeliveryPlan plan = get("media/intro.mp4", VIDEO);
    assertEquals(206, plan.status());
    assertEquals("bytes 0-4999999/5000000", headers(plan).get("Content-Range"));
    request.put("Range", "bytes=4194304-");
    assertEquals("bytes 4194304-4999999/5000000", headers(get("media/intro.mp4", VIDEO)).get("Content-Range"));
  }

  @Test
  void aSuffixLongerThanTheFileIsTheWholeFileAsPart() {
    request.put("Range", "bytes=-9000000");
    DeliveryPlan plan = get("media/intro.mp4", VIDEO);
    assertEquals(206, plan.status());
    assertEquals("bytes 0-4999999/5000000", headers(plan).get("Content-Range"));
    request.put("Range", "bytes=-500");
    assertEquals("bytes 4999500-4999999/5000000", headers(get("media/intro.mp4", VIDEO)).get("Content-Range"));
  }

  @Test
  void anUnsatisfiableRangeIs416WithTheSize() {
    request.put("Range", "bytes=5000000-");
    DeliveryPlan plan = get("media/intro.mp4", VIDEO);
    assertEquals(416, plan.status());
    assertFalse(plan.hasBody());
    assertEquals(0, plan.length());
    assertEquals("bytes */5000000", headers(plan).get("Content-Range"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"bytes=abc", "bytes=9-1", "lines=1-2", "bytes=0-1,4-5"})
  void invalidOrSeveralRangesGetTheWholeFile(String range) {
    request.put("Range", range);
    DeliveryPlan plan = get("media/intro.mp4", VIDEO);
    assertEquals(200, plan.status());
    assertEquals(5_000_000, plan.length());
    assertFalse(headers(plan).containsKey("Content-Range"));
  }

  @Test
  void ifRangeWithTheCurrentTagKeepsTheRange() {
    request.put("Range", "bytes=0-9");
    request.put("If-Range", TAG);
    assertEquals(206, get("media/intro.mp4", VIDEO).status());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"old\"", "W/" + TAG, "Sat, 21 Nov 2026 07:00:00 GMT"})
  void ifRangeMismatchSendsTheWholeFile(String ifRange) {
    request.put("Range", "bytes=0-9");
    request.put("If-Range", ifRange);
    DeliveryPlan plan = get("media/intro.mp4", VIDEO);
    assertEquals(200, plan.status());
    assertEquals(5_000_000, plan.length());
  }

  @Test
  void headIgnoresRange() {
    request.put("Range", "bytes=0-9");
    DeliveryPlan plan = plan(true, "media/intro.mp4", VIDEO);
    assertEquals(200, plan.status());
    assertEquals(5_000_000, plan.length());
  }

  // --- compression

  @Test
  void textIsGzippedWhenTheClientAcceptsIt() {
    request.put("Accept-Encoding", "gzip, deflate, br");
    DeliveryPlan plan = get("story_content/user.js", SCRIPT);
    assertEquals(200, plan.status());
    assertTrue(plan.gzip());
    assertEquals(GZ_SIZE, plan.length());
    Map<String, String> headers = headers(plan);
    assertEquals("gzip", headers.get("Content-Encoding"));
    assertEquals("Accept-Encoding", headers.get("Vary"));
    assertEquals(GZ_TAG, headers.get("ETag"));
    assertEquals("text/javascript;charset=utf-8", headers.get("Content-Type"));
  }

  @Test
  void compressibleTextVariesEvenWhenSentAsIs() {
    DeliveryPlan plan = get("index.html", SCRIPT);
    assertFalse(plan.gzip());
    assertEquals("Accept-Encoding", headers(plan).get("Vary"));
    assertEquals(TAG, headers(plan).get("ETag"));
    assertEquals(0, gzipRequests, "no copy is made for a client that cannot use it");
  }

  @Test
  void refusedGzipIsNotSent() {
    request.put("Accept-Encoding", "gzip;q=0, br");
    assertFalse(get("index.html", SCRIPT).gzip());
  }

  @Test
  void rangesGetTheStoredBytes() {
    request.put("Accept-Encoding", "gzip");
    request.put("Range", "bytes=0-99");
    DeliveryPlan plan = get("index.html", SCRIPT);
    assertEquals(206, plan.status());
    assertFalse(plan.gzip());
    assertEquals("bytes 0-99/50000", headers(plan).get("Content-Range"));
    assertFalse(headers(plan).containsKey("Content-Encoding"));
    assertEquals(0, gzipRequests);
  }

  @Test
  void smallFilesAndCompressedFormatsAreNotGzipped() {
    request.put("Accept-Encoding", "gzip");
    DeliveryPlan small = get("tiny.css", new StoredFile(SHA, 1023));
    assertFalse(small.gzip());
    assertFalse(headers(small).containsKey("Vary"));
    assertTrue(get("tiny.css", new StoredFile(SHA, 1024)).gzip());
    for (String path : new String[] {"a.png", "a.jpg", "a.mp4", "a.woff2", "a.zip"}) {
      assertFalse(get(path, VIDEO).gzip(), path);
    }
    assertEquals(1, gzipRequests);
  }

  @Test
  void aCopyThatIsNotSmallerOrMissingIsNotSent() {
    request.put("Accept-Encoding", "gzip");
    DeliveryPlan larger = FileResponder.plan(false, request::get, "a.js", SCRIPT, f -> SCRIPT.size());
    assertFalse(larger.gzip());
    assertEquals(TAG, headers(larger).get("ETag"));
    assertFalse(FileResponder.plan(false, request::get, "a.js", SCRIPT, f -> -1).gzip());
  }
}
