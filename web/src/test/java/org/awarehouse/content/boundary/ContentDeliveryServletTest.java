package org.awarehouse.content.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.awarehouse.content.control.ContentFixtures;
import org.awarehouse.content.control.ContentStore;
import org.awarehouse.content.control.StoredFile;
import org.awarehouse.platform.control.Sha256;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The servlet against request and response fakes that fail on anything delivery must never do:
 * open a session or set a cookie.
 */
class ContentDeliveryServletTest {
  static final String KEY = "0123456789abcdef0123456789abcdef";
  static final byte[] PAGE = "<html><body>Hello</body></html>\n".repeat(100).getBytes(StandardCharsets.UTF_8);

  @TempDir Path dataDir;
  final Map<String, StoredFile> index = new HashMap<>();
  ContentDeliveryServlet servlet;

  /** What the fake response recorded. */
  static final class Answer {
    int status = 200;
    final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    long contentLength = -1;
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
  }

  @BeforeEach
  void setUp() throws IOException {
    ContentStore store = ContentFixtures.store(dataDir);
    String sha = Sha256.hex(PAGE);
    Path object = store.objectPath(sha);
    Files.createDirectories(object.getParent());
    Files.write(object, PAGE);
    index.put(KEY + "/scorm content/index.html", new StoredFile(sha, PAGE.length));
    servlet = new ContentDeliveryServlet();
    servlet.files = ContentFixtures.files((key, path) -> Optional.ofNullable(index.get(key + "/" + path)), store);
    servlet.publicUrl = "https://learn.example.org";
    servlet.init();
  }

  Answer call(String method, String uri, Map<String, String> headers) throws IOException {
    Answer answer = new Answer();
    HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
          case "getRequestURI" -> uri;
          case "getContextPath" -> "";
          case "getMethod" -> method;
          case "getHeaders" -> Collections.enumeration(
              headers.containsKey(args[0]) ? List.of(headers.get(args[0])) : List.<String>of());
          case "getHeader" -> headers.get(args[0]);
          default -> throw new AssertionError("delivery must not call request." + m.getName());
        });
    ServletOutputStream out = new ServletOutputStream() {
      @Override public void write(int b) {
        answer.body.write(b);
      }

      @Override public void write(byte[] b, int off, int len) {
        answer.body.write(b, off, len);
      }

      @Override public boolean isReady() {
        return true;
      }

      @Override public void setWriteListener(WriteListener listener) {}
    };
    HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> {
          switch (m.getName()) {
            case "setStatus" -> answer.status = (Integer) args[0];
            case "setHeader" -> answer.headers.put((String) args[0], (String) args[1]);
            case "setContentType" -> answer.headers.put("Content-Type", (String) args[0]);
            case "setContentLength" -> answer.contentLength = (Integer) args[0];
            case "setContentLengthLong" -> answer.contentLength = (Long) args[0];
            case "getOutputStream" -> {
              return out;
            }
            case "isCommitted" -> {
              return answer.body.size() > 0;
            }
            default -> throw new AssertionError("delivery must not call response." + m.getName());
          }
          return null;
        });
    if (method.equals("HEAD")) {
      servlet.doHead(request, response);
    } else {
      servlet.doGet(request, response);
    }
    assertFalse(answer.headers.containsKey("Set-Cookie"));
    assertFalse(answer.headers.get("Content-Security-Policy").contains("frame-ancestors"), "any LMS may frame the player");
    assertEquals("nosniff", answer.headers.get("X-Content-Type-Options"));
    assertEquals("no-referrer", answer.headers.get("Referrer-Policy"));
    assertEquals("same-site", answer.headers.get("Cross-Origin-Resource-Policy"));
    return answer;
  }

  @Test
  void servesAFileByItsEncodedPath() throws IOException {
    Answer answer = call("GET", "/content/" + KEY + "/scorm%20content/index.html", Map.of());
    assertEquals(200, answer.status);
    assertArrayEquals(PAGE, answer.body.toByteArray());
    assertEquals(PAGE.length, answer.contentLength);
    assertEquals("text/html;charset=utf-8", answer.headers.get("Content-Type"));
    assertEquals("\"" + Sha256.hex(PAGE) + "\"", answer.headers.get("ETag"));
  }

  @Test
  void headSendsNoBody() throws IOException {
    Answer answer = call("HEAD", "/content/" + KEY + "/scorm%20content/index.html", Map.of());
    assertEquals(200, answer.status);
    assertEquals(PAGE.length, answer.contentLength);
    assertEquals(0, answer.body.size());
  }

  @Test
  void sendsTheGzipCopyAndARange() throws IOException {
    Answer gzip = call("GET", "/content/" + KEY + "/scorm%20content/index.html", Map.of("Accept-Encoding", "gzip"));
    assertEquals("gzip", gzip.headers.get("Content-Encoding"));
    assertEquals(gzip.contentLength, gzip.body.size());
    assertTrue(gzip.body.size() < PAGE.length / 5);
    Answer range = call("GET", "/content/" + KEY + "/scorm%20content/index.html", Map.of("Range", "bytes=-10"));
    assertEquals(206, range.status);
    assertArrayEquals(Arrays.copyOfRange(PAGE, PAGE.length - 10, PAGE.length), range.body.toByteArray());
    assertEquals(10, range.contentLength);
  }

  @Test
  void unknownOrUnsafePathsAreAPlainNotFoundPage() throws IOException {
    for (String uri : List.of("/content/" + KEY + "/missing.html", "/content/" + "f".repeat(32) + "/scorm%20content/index.html",
        "/content/" + KEY + "/scorm%20content/../scorm%20content/index.html", "/content/" + KEY + "/%2e%2e/x",
        "/content/" + KEY + "/index.html%00", "/content/", "/content/" + KEY, "/content/nokey/index.html")) {
      Answer answer = call("GET", uri, Map.of());
      assertEquals(404, answer.status, uri);
      assertEquals("text/html;charset=utf-8", answer.headers.get("Content-Type"));
      assertEquals("no-store", answer.headers.get("Cache-Control"));
      String page = answer.body.toString(StandardCharsets.UTF_8);
      assertTrue(page.contains("Not found"), page);
      assertFalse(page.contains(KEY) || page.contains("missing"), "no details: " + page);
    }
  }
}
