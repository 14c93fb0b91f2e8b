package org.awarehouse.content.control;

import io.undertow.io.BufferWritableOutputStream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The files of imported package versions, as delivery needs them: found through the {@link
 * ContentIndex}, read from the content store, gzipped on first use. Index answers and the bytes
 * of small files are kept in memory: both are immutable (a content key never changes its files,
 * a SHA-256 never changes its bytes), so no cache here can ever serve something stale.
 *
 * <p>The index is looked up through {@link Instance} because its database implementation lives
 * with package import; until one is deployed every file is unknown, and delivery answers 404.
 */
@ApplicationScoped
public class ContentFiles {
  private static final Logger LOG = Logger.getLogger(ContentFiles.class.getName());
  /**
   * Files up to this size are sent from memory, larger ones from disk with sendfile. Measured
   * with wrk on two busy cores: images of 50-500 KB went about 1.5 times as fast from memory as
   * with sendfile, while a 5 MB video with sendfile came to 0.84 of nginx's rate.
   */
  static final int MAX_CACHED_FILE = 1024 * 1024;
  private static final long MAX_CACHED_BYTES = 64L * 1024 * 1024;
  private static final long MAX_CACHED_GZIP_BYTES = 32L * 1024 * 1024;
  private static final int MAX_CACHED_PATHS = 100_000;
  private static final int BUFFER = 64 * 1024;
  /** One buffer per worker thread rather than per response: 64 KiB per request would be garbage. */
  private static final ThreadLocal<ByteBuffer> BUFFERS = ThreadLocal.withInitial(() -> ByteBuffer.allocate(BUFFER));
  private static final GzipCopy NO_COPY = new GzipCopy(null, -1, null);

  @Inject ContentStore store;
  @Inject ContentIndex index;

  private final BoundedCache<ContentAddress, StoredFile> found = new BoundedCache<>(MAX_CACHED_PATHS, file -> 1);
  private final BoundedCache<String, byte[]> bytes = new BoundedCache<>(MAX_CACHED_BYTES, content -> content.length);
  private final BoundedCache<String, GzipCopy> gzipped = new BoundedCache<>(MAX_CACHED_GZIP_BYTES, GzipCopy::weight);
  private volatile GzipCopies copies;

  /** The gzip copy of one stored file: where, how large, and its bytes when small; size -1 when none. */
  private record GzipCopy(Path path, long size, byte[] bytes) {
    long weight() {
      return 100 + (bytes == null ? 0 : bytes.length);
    }
  }

  protected ContentFiles() {
    // for CDI
  }

  /** Outside a container: a fixed index over a store. */
  ContentFiles(ContentIndex index, ContentStore store) {
    this.index = index;
    this.store = store;
  }

  public Optional<StoredFile> find(ContentAddress address) {
    StoredFile known = found.get(address);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<StoredFile> file = index.find(address.contentKey(), address.path());
    file.ifPresent(value -> found.put(address, value));
    return file;
  }

  /**
   * What may be answered without waiting for the database or the disk: a file whose address, and
   * (for a body) bytes, are already in memory. The fast path of delivery runs on Undertow's I/O
   * threads, which must never block; anything else goes through the servlet, which fills these
   * caches for the next request.
   */
  public Optional<StoredFile> cachedFind(ContentAddress address) {
    return Optional.ofNullable(found.get(address));
  }

  /** The size of the gzip copy if it is known already; {@link #UNKNOWN} when it would have to be made. */
  public long cachedGzipSize(StoredFile file) {
    GzipCopy copy = gzipped.get(file.sha256());
    return copy == null ? UNKNOWN : copy.size();
  }

  /** The bytes of the stored file or of its gzip copy, when they are in memory; otherwise null. */
  public byte[] cachedBytes(StoredFile file, boolean gzip) {
    if (gzip) {
      GzipCopy copy = gzipped.get(file.sha256());
      return copy == null ? null : copy.bytes();
    }
    return bytes.get(file.sha256());
  }

  /** {@link #cachedGzipSize}: not known without making the copy. */
  public static final long UNKNOWN = -2;

  /**
   * The size of the file's gzip copy, made on first use; -1 when there is none: it would not be
   * smaller, or it could not be written, in which case the stored bytes serve just as well.
   */
  public long gzipSize(StoredFile file) {
    return gzipCopy(file).size();
  }

  /**
   * Writes {@code length} bytes from {@code first} of the stored file or of its gzip copy. The
   * response's Content-Length must already be {@code length}: Undertow's sendfile stops there.
   */
  public void send(StoredFile file, boolean gzip, long first, long length, OutputStream out) throws IOException {
    GzipCopy copy = gzip ? gzipCopy(file) : null;
    if (copy != null && copy.size() < 0) {
      // evicted after the plan was made and failed to be made again: the length is promised
      throw new IOException("The gzip copy of stored file " + file.sha256() + " is gone");
    }
    byte[] content = gzip ? copy.bytes() : smallFile(file);
    if (content != null) {
      out.write(content, Math.toIntExact(first), Math.toIntExact(length));
      return;
    }
    Path path = gzip ? copy.path() : store.objectPath(file.sha256());
    try (FileChannel channel = FileChannel.open(path)) {
      if (out instanceof BufferWritableOutputStream zeroCopy && first + length <= channel.size()) {
        // Undertow's stream sends with sendfile(2), bounded by the Content-Length already set:
        // no copy through the heap, which is what keeps large files near nginx's speed.
        channel.position(first);
        zeroCopy.transferFrom(channel);
      } else {
        copy(channel, path, first, length, out);
      }
    }
  }

  private byte[] smallFile(StoredFile file) throws IOException {
    if (file.size() > MAX_CACHED_FILE) {
      return null;
    }
    byte[] content = bytes.get(file.sha256());
    if (content == null) {
      content = Files.readAllBytes(store.objectPath(file.sha256()));
      if (content.length != file.size()) {
        // the Content-Length already promised the indexed size; a short body would hang clients
        throw new IOException("Stored file " + file.sha256() + " has " + content.length
            + " bytes, the index says " + file.size());
      }
      bytes.put(file.sha256(), content);
    }
    return content;
  }

  /** The portable way, for other containers and for tests: through one buffer per thread. */
  private static void copy(FileChannel channel, Path path, long first, long length, OutputStream out)
      throws IOException {
    ByteBuffer buffer = BUFFERS.get();
    long position = first;
    long end = first + length;
    while (position < end) {
      buffer.clear().limit((int) Math.min(buffer.capacity(), end - position));
      int read = channel.read(buffer, position);
      if (read < 0) {
        throw new EOFException(path + " ended at byte " + position + ", before byte " + end);
      }
      out.write(buffer.array(), 0, read);
      position += read;
    }
  }

  private GzipCopy gzipCopy(StoredFile file) {
    GzipCopy copy = gzipped.get(file.sha256());
    if (copy == null) {
      copy = makeGzipCopy(file);
      gzipped.put(file.sha256(), copy);
    }
    return copy;
  }

  private GzipCopy makeGzipCopy(StoredFile file) {
    try {
      Path path = copies().ensure(file.sha256(), store.objectPath(file.sha256()));
      long size = Files.size(path);
      if (size >= file.size()) {
        return NO_COPY;
      }
      return new GzipCopy(path, size, size <= MAX_CACHED_FILE ? Files.readAllBytes(path) : null);
    } catch (IOException e) {
      // Remembered as "no copy" until evicted: retrying a failing disk on every request would
      // slow every response, and identity is a correct answer.
      LOG.log(Level.WARNING,
          "Cannot make the gzip copy of stored file " + file.sha256() + "; sending it uncompressed", e);
      return NO_COPY;
    }
  }

  private GzipCopies copies() {
    GzipCopies made = copies;
    if (made == null) {
      made = new GzipCopies(store.root().resolve("gzip"));
      copies = made;
    }
    return made;
  }
}
