package org.awarehouse.content.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GzipCopiesTest {
  static final String SHA = "3f" + "0".repeat(62);

  @TempDir Path dir;

  Path source() throws IOException {
    return Files.writeString(dir.resolve("source.js"), "function f() { return 42; }\n".repeat(2000));
  }

  @Test
  void writesACompressedCopyUnderTwoHexDigits() throws IOException {
    Path source = source();
    GzipCopies copies = new GzipCopies(dir.resolve("gzip"));
    Path copy = copies.ensure(SHA, source);
    assertEquals(dir.resolve("gzip/3f/" + SHA + ".gz"), copy);
    assertArrayEquals(Files.readAllBytes(source), gunzip(copy));
    assertTrue(Files.size(copy) < Files.size(source) / 10);
  }

  @Test
  void anExistingCopyIsKept() throws IOException {
    Path source = source();
    GzipCopies copies = new GzipCopies(dir.resolve("gzip"));
    Path copy = copies.ensure(SHA, source);
    FileTime old = FileTime.fromMillis(1_000_000);
    Files.setLastModifiedTime(copy, old);
    copies.ensure(SHA, source);
    assertEquals(old, Files.getLastModifiedTime(copy));
  }

  @Test
  void concurrentFirstRequestsAllGetAWholeCopyAndLeaveNoTempFiles() throws Exception {
    Path source = source();
    GzipCopies copies = new GzipCopies(dir.resolve("gzip"));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Path>> results = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      results.add(pool.submit(() -> {
        start.await();
        return copies.ensure(SHA, source);
      }));
    }
    start.countDown();
    for (Future<Path> result : results) {
      assertArrayEquals(Files.readAllBytes(source), gunzip(result.get()));
    }
    pool.shutdown();
    try (Stream<Path> files = Files.list(dir.resolve("gzip/3f"))) {
      assertEquals(List.of(SHA + ".gz"), files.map(p -> p.getFileName().toString()).toList());
    }
  }

  static byte[] gunzip(Path copy) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(copy))) {
      return in.readAllBytes();
    }
  }
}
