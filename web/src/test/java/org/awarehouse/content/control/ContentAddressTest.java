package org.awarehouse.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentAddressTest {
  static final String KEY = "0123456789abcdef0123456789abcdef";

  @Test
  void readsKeyAndPath() {
    assertEquals(Optional.of(new ContentAddress(KEY, "story_content/user.js")),
        ContentAddress.parse(KEY + "/story_content/user.js"));
  }

  @Test
  void decodesOnceAsUtf8() {
    assertEquals("media/my intro é.mp4", ContentAddress.parse(KEY + "/media/my%20intro%20%C3%A9.mp4").get().path());
    // %252e is "%2e" after one decoding: a file name, not a dot segment
    assertEquals("a/%2e%2e/b", ContentAddress.parse(KEY + "/a/%252e%252e/b").get().path());
    assertEquals("a+b.html", ContentAddress.parse(KEY + "/a+b.html").get().path());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/../etc/passwd", "/a/../../x", "/a/./b", "/./a", "/..", "/a/..",
      "/%2e%2e/etc/passwd", "/a/%2E%2E/b", "/%2e/a", "/a/.%2e/b",
      "/a%2f..%2f..%2fx", "/a%2F%2E%2E%2Fx",
      "/a\\..\\b", "/a%5c..%5cb", "/a%5Cb",
      "/a%00.html", "/a%00", "/a%0d%0aSet-Cookie:x", "/a\u0000b",
      "//a", "/a//b", "/a/", "/", "/%2F", "/a%2f",
      "/a%zz", "/a%2", "/a%", "/a%c3%28.html", "/a%ff"})
  void rejectsAnythingNotANormalisedPath(String path) {
    assertTrue(ContentAddress.parse(KEY + path).isEmpty(), path);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/", "short/a.html", "0123456789ABCDEF0123456789ABCDEF/a.html",
      "0123456789abcdef0123456789abcdeg/a.html", "0123456789abcdef0123456789abcdef0/a.html",
      "0123456789abcdef0123456789abcdef", "0123456789abcdef0123456789abcdef/", "..%2f0123456789abcdef012345678/a"})
  void rejectsMalformedKeys(String raw) {
    assertTrue(ContentAddress.parse(raw).isEmpty(), raw);
  }
}
