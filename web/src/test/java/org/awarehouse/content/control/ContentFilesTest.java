package org.awarehouse.content.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.undertow.io.BufferWritableOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.awarehouse.platform.control.Sha256;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentFilesTest {
  static final String KEY = ContentAddressTest.KEY;

  /** The seam package import implements with the database; here a map. */
  static final class MapIndex implements ContentIndex {
    final Map<String, StoredFile> files = new HashMap<>();
    int lookups;

    @Override
    public Optional<StoredFile> find(String contentKey, String path) {
      lookups++;
      return Optional.ofNullable(files.get(contentKey + "/" + path));
    }
  }

  @TempDir Path dataDir;
  final MapIndex index = new MapIndex();
  ContentStore store;
  ContentFiles files;

  @BeforeEach
  void setUp() {
    store = new ContentStore();
    store.dataDir = dataDir.toString();
    files = new ContentFiles(index, store);
  }

  StoredFile store(String path, byte[] content) throws IOException {
    String sha = Sha256.hex(content);
    Path object = store.objectPath(sha);
    Files.createDirectories(object.getParent());
    Files.write(object, content);
    StoredFile file = new StoredFile(sha, content.length);
    index.files.put(KEY + "/" + path, file);
    return file;
  }

  byte[] send(StoredFile file, boolean gzip, long first, long length) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    files.send(file, gzip, first, length, out);
    return out.toByteArray();
  }

  static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }

  @Test
  void objectsLiveUnderTheirFirstTwoHexDigits() {
    String sha = "c0ffee" + "0".repeat(58);
    assertEquals(dataDir.toAbsolutePath().resolve("content/objects/c0/" + sha), store.objectPath(sha));
    assertThrows(IllegalArgumentException.class, () -> store.objectPath("../../etc/passwd"));
    assertThrows(IllegalArgumentException.class, () -> store.objectPath("C0FFEE" + "0".repeat(58)));
  }

  @Test
  void indexAnswersAreRememberedButMissesAreAskedAgain() throws IOException {
    StoredFile file = store("index.html", "<html></html>".getBytes(StandardCharsets.UTF_8));
    ContentAddress address = new ContentAddress(KEY, "index.html");
    assertEquals(Optional.of(file), files.find(address));
    assertEquals(Optional.of(file), files.find(address));
    assertEquals(1, index.lookups);
    ContentAddress missing = new ContentAddress(KEY, "nope.html");
    assertTrue(files.find(missing).isEmpty());
    assertTrue(files.find(missing).isEmpty());
    assertEquals(3, index.lookups);
  }

  @Test
  void sendsWholeFilesAndRangesOfSmallAndLargeFiles() throws IOException {
    byte[] small = random(50_000);
    byte[] large = random(ContentFiles.MAX_CACHED_FILE * 3 + 17); // streamed from disk, several buffers
    StoredFile smallFile = store("img/a.png", small);
    StoredFile largeFile = store("media/intro.mp4", large);
    assertArrayEquals(small, send(smallFile, false, 0, small.length));
    assertArrayEquals(small, send(smallFile, false, 0, small.length), "from memory the second time");
    assertArrayEquals(Arrays.copyOfRange(small, 100, 200), send(smallFile, false, 100, 100));
    assertArrayEquals(large, send(largeFile, false, 0, large.length));
    int from = ContentFiles.MAX_CACHED_FILE + 5;
    assertArrayEquals(Arrays.copyOfRange(large, from, large.length), send(largeFile, false, from, large.length - from));
  }

  /** Undertow's servlet stream as far as delivery uses it: sendfile up to the Content-Length. */
  static final class SendfileStream extends ByteArrayOutputStream implements BufferWritableOutputStream {
    final long contentLength;
    int transfers;

    SendfileStream(long contentLength) {
      this.contentLength = contentLength;
    }

    @Override
    public void transferFrom(FileChannel source) throws IOException {
      transfers++;
      long count = Math.min(source.size() - source.position(), contentLength - size());
      ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(count));
      while (buffer.hasRemaining() && source.read(buffer) >= 0) {
        // read on
      }
      write(buffer.array(), 0, buffer.position());
    }

    @Override
    public void write(ByteBuffer[] buffers) {
      throw new AssertionError("not used by delivery");
    }

    @Override
    public void write(ByteBuffer buffer) {
      throw new AssertionError("not used by delivery");
    }
  }

  @Test
  void largeFilesGoThroughUndertowsSendfileFromTheRangeStart() throws IOException {
    byte[] video = random(ContentFiles.MAX_CACHED_FILE + 100_000);
    StoredFile file = store("media/intro.mp4", video);
    int from = 4096;
    int length = 50_000;
    SendfileStream out = new SendfileStream(length);
    files.send(file, false, from, length, out);
    assertEquals(1, out.transfers);
    assertArrayEquals(Arrays.copyOfRange(video, from, from + length), out.toByteArray());
  }

  @Test
  void textGetsAGzipCopyOnDiskThatDecompressesToTheFile() throws IOException {
    byte[] script = "var answer = 42; // the same line again and again\n".repeat(500).getBytes(StandardCharsets.UTF_8);
    StoredFile file = store("story_content/user.js", script);
    long size = files.gzipSize(file);
    assertTrue(size > 0 && size < script.length / 10, "size " + size);
    Path copy = dataDir.resolve("content/gzip/" + file.sha256().substring(0, 2) + "/" + file.sha256() + ".gz");
    assertEquals(size, Files.size(copy));
    byte[] sent = send(file, true, 0, size);
    assertEquals(size, sent.length);
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(sent))) {
      assertArrayEquals(script, in.readAllBytes());
    }
  }

  @Test
  void aCopyThatWouldNotBeSmallerIsNotOffered() throws IOException {
    assertEquals(-1, files.gzipSize(store("noise.js", random(4096))));
  }

  @Test
  void aStoredFileOfAnotherSizeThanIndexedFailsBeforeAnyByteIsSent() throws IOException {
    StoredFile file = store("a.css", random(2000));
    StoredFile wrong = new StoredFile(file.sha256(), 2001);
    assertThrows(IOException.class, () -> send(wrong, false, 0, 2001));
  }
}
