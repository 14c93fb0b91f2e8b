package org.awarehouse.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MediaTypesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "index.html|text/html;charset=utf-8", "a/b/page.HTM|text/html;charset=utf-8",
      "x.xhtml|application/xhtml+xml;charset=utf-8", "story_content/user.js|text/javascript;charset=utf-8",
      "m.mjs|text/javascript;charset=utf-8", "s.css|text/css;charset=utf-8", "d.json|application/json;charset=utf-8",
      "imsmanifest.xml|application/xml;charset=utf-8", "t.txt|text/plain;charset=utf-8", "t.csv|text/csv;charset=utf-8",
      "i.svg|image/svg+xml;charset=utf-8", "i.png|image/png", "i.jpg|image/jpeg", "i.JPEG|image/jpeg",
      "i.gif|image/gif", "i.webp|image/webp", "i.avif|image/avif", "favicon.ico|image/vnd.microsoft.icon",
      "i.bmp|image/bmp", "f.woff|font/woff", "f.woff2|font/woff2", "f.ttf|font/ttf", "f.otf|font/otf",
      "f.eot|application/vnd.ms-fontobject", "media/intro.mp4|video/mp4", "v.m4v|video/mp4", "v.webm|video/webm",
      "a.ogg|audio/ogg", "v.ogv|video/ogg", "a.mp3|audio/mpeg", "a.m4a|audio/mp4", "a.wav|audio/wav",
      "a.aac|audio/aac", "c.vtt|text/vtt;charset=utf-8", "c.srt|text/plain;charset=utf-8", "d.pdf|application/pdf",
      "old.swf|application/x-shockwave-flash", "z.zip|application/zip", "w.wasm|application/wasm",
      "m.glb|model/gltf-binary", "m.gltf|model/gltf+json;charset=utf-8"})
  void knownExtensions(String path, String type) {
    assertEquals(type, MediaTypes.forPath(path));
  }

  @ParameterizedTest
  @ValueSource(strings = {"README", "file.unknownext", "dir.d/noext", "trailingdot."})
  void unknownIsOctetStream(String path) {
    assertEquals("application/octet-stream", MediaTypes.forPath(path));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.html", "a.js", "a.css", "a.json", "a.svg", "a.xml", "a.txt", "a.vtt", "a.mjs"})
  void textIsCompressible(String path) {
    assertTrue(MediaTypes.isCompressible(path));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.png", "a.jpg", "a.gif", "a.webp", "a.mp4", "a.webm", "a.mp3", "a.woff2", "a.woff",
      "a.zip", "a.pdf", "a"})
  void compressedFormatsAreNot(String path) {
    assertFalse(MediaTypes.isCompressible(path));
  }
}
