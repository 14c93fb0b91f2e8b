package org.awarehouse.content.control.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Builds, in code, each kind of archive an attacker or a careless tool uploads. Every method writes
 * a new file into {@code dir} and returns it; none is kept in the repository, so none can be
 * opened by accident.
 */
public final class HostileZips {
  /** A SCORM 1.2 manifest whose only SCO is {@code index.html}. */
  public static final String SCORM12_MANIFEST = """
      <?xml version="1.0" encoding="UTF-8"?>
      <manifest identifier="hostile" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
        <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
        <organizations default="o"><organization identifier="o"><title>T</title>
          <item identifier="i" identifierref="r"><title>I</title></item></organization></organizations>
        <resources><resource identifier="r" type="webcontent" adlcp:scormtype="sco" href="%s"/></resources>
      </manifest>
      """;
  private static final String INDEX = "<!DOCTYPE html><title>x</title>";
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

  private HostileZips() {}

  /** A writer of zip entries, so each hostile archive reads as the list of what it holds. */
  @FunctionalInterface
  interface Entries {
    void write(ZipArchiveOutputStream zip) throws IOException;
  }

  static Path zip(Path dir, String name, Entries entries) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file); ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
      entries.write(zip);
    }
    return file;
  }

  static void file(ZipArchiveOutputStream zip, String name, String text) throws IOException {
    file(zip, new ZipArchiveEntry(name), text.getBytes(StandardCharsets.UTF_8));
  }

  static void file(ZipArchiveOutputStream zip, ZipArchiveEntry entry, byte[] bytes) throws IOException {
    zip.putArchiveEntry(entry);
    zip.write(bytes);
    zip.closeArchiveEntry();
  }

  /** A valid SCORM 1.2 package plus one more entry, so only that entry is at fault. */
  static Path validPlus(Path dir, String zipName, String entryName) throws IOException {
    return validPlus(dir, zipName, new ZipArchiveEntry(entryName));
  }

  static Path validPlus(Path dir, String zipName, ZipArchiveEntry planted) throws IOException {
    return zip(dir, zipName, z -> {
      file(z, "imsmanifest.xml", SCORM12_MANIFEST.formatted("index.html"));
      file(z, "index.html", INDEX);
      file(z, planted, "planted".getBytes(StandardCharsets.UTF_8));
    });
  }

  /** An entry made on Unix; its name is set again after the platform, which keeps backslashes. */
  private static ZipArchiveEntry unixEntry(String name) {
    return new ZipArchiveEntry(name) {
      {
        setUnixMode(0100644);
        setName(name);
      }
    };
  }

  public static Path zipSlip(Path dir) throws IOException {
    return validPlus(dir, "zip-slip.zip", "../../evil.txt");
  }

  public static Path absolutePath(Path dir) throws IOException {
    return validPlus(dir, "absolute.zip", "/tmp/evil.txt");
  }

  /** Made on Unix, so readers keep the backslashes (for FAT-made entries they turn them into slashes). */
  public static Path windowsAbsolutePath(Path dir) throws IOException {
    return validPlus(dir, "windows-absolute.zip", unixEntry("C:\\Windows\\evil.txt"));
  }

  public static Path uncPath(Path dir) throws IOException {
    return validPlus(dir, "unc.zip", unixEntry("\\\\host\\share\\evil.txt"));
  }

  /** As a Windows tool writes it: a FAT-made entry whose backslashes readers take for slashes. */
  public static Path windowsZipSlip(Path dir) throws IOException {
    return validPlus(dir, "windows-zip-slip.zip", "..\\..\\evil.txt");
  }

  public static Path controlCharacterName(Path dir) throws IOException {
    return validPlus(dir, "control.zip", "index.html\u0000.txt");
  }

  public static Path symlink(Path dir) throws IOException {
    return zip(dir, "symlink.zip", z -> {
      file(z, "imsmanifest.xml", SCORM12_MANIFEST.formatted("index.html"));
      ZipArchiveEntry link = new ZipArchiveEntry("index.html");
      link.setUnixMode(0120777);
      file(z, link, "/etc/passwd".getBytes(StandardCharsets.US_ASCII));
    });
  }

  public static Path fifo(Path dir) throws IOException {
    return zip(dir, "fifo.zip", z -> {
      file(z, "imsmanifest.xml", SCORM12_MANIFEST.formatted("index.html"));
      file(z, "index.html", INDEX);
      ZipArchiveEntry pipe = new ZipArchiveEntry("pipe");
      pipe.setUnixMode(0010644);
      file(z, pipe, new byte[0]);
    });
  }

  /**
   * The encryption flag only (APPNOTE 4.4.4 bit 0), set in the local and central headers after
   * writing, since the writer refuses to write it: the reader must refuse before it needs a password.
   */
  public static Path encrypted(Path dir) throws IOException {
    Path zip = zip(dir, "encrypted.zip", z -> {
      file(z, "imsmanifest.xml", SCORM12_MANIFEST.formatted("index.html"));
      file(z, "index.html", INDEX);
    });
    ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(zip)).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i + 46 < bytes.limit(); i++) {
      int signature = bytes.getInt(i);
      if (signature == 0x04034b50 && named(bytes, i + 30, bytes.getShort(i + 26), "index.html")) {
        bytes.putShort(i + 6, (short) (bytes.getShort(i + 6) | 1));
      } else if (signature == 0x02014b50 && named(bytes, i + 46, bytes.getShort(i + 28), "index.html")) {
        bytes.putShort(i + 8, (short) (bytes.getShort(i + 8) | 1));
      }
    }
    return Files.write(zip, bytes.array());
  }

  private static boolean named(ByteBuffer bytes, int offset, int length, String name) {
    return length == name.length() && offset + length <= bytes.limit()
        && new String(bytes.array(), offset, length, StandardCharsets.UTF_8).equals(name);
  }

  /** {@code megabytes} MiB of zeros, streamed through the deflater: about 1000:1, never all in memory. */
  public static Path zipBomb(Path dir, int megabytes) throws IOException {
    return zip(dir, "bomb.zip", z -> {
      file(z, "imsmanifest.xml", SCORM12_MANIFEST.formatted("index.html"));
      file(z, "index.html", INDEX);
      z.putArchiveEntry(new ZipArchiveEntry("bomb.bin"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < megabytes; i++) {
        z.write(zeros);
      }
      z.closeArchiveEntry();
    });
  }

  /** Many entries of a few hundred KiB of zeros each: every entry is under the per-entry ratio exemption. */
  public static Path spreadBomb(Path dir, int entries) throws IOException {
    return zip(dir, "spread-bomb.zip", z -> {
      file(z, "imsmanifest.xml", SCORM12_MANIFEST.formatted("index.html"));
      file(z, "index.html", INDEX);
      byte[] zeros = new byte[512 * 1024];
      for (int i = 0; i < entries; i++) {
        file(z, new ZipArchiveEntry("zeros/" + i + ".bin"), zeros);
      }
    });
  }

  /** Incompressible bytes, for the total size cap without the ratio check firing first. */
  public static Path incompressible(Path dir, int megabytes) throws IOException {
    return zip(dir, "large.zip", z -> {
      file(z, "imsmanifest.xml", SCORM12_MANIFEST.formatted("index.html"));
      file(z, "index.html", INDEX);
      Random random = new Random(42);
      byte[] chunk = new byte[1 << 20];
      z.putArchiveEntry(new ZipArchiveEntry("video.bin"));
      for (int i = 0; i < megabytes; i++) {
        random.nextBytes(chunk);
        z.write(chunk);
      }
      z.closeArchiveEntry();
    });
  }

  /** A zip in a zip, {@code depth} times, with no manifest at the root. */
  public static Path nestedZips(Path dir, int depth) throws IOException {
    Path inner = zip(dir, "level-0.zip", z -> file(z, "imsmanifest.xml", SCORM12_MANIFEST.formatted("index.html")));
    for (int level = 1; level <= depth; level++) {
      byte[] previous = Files.readAllBytes(inner);
      Path current = zip(dir, "level-" + level + ".zip",
          z -> file(z, new ZipArchiveEntry("level.zip"), previous));
      Files.delete(inner);
      inner = current;
    }
    return inner;
  }

  public static Path billionLaughs(Path dir) throws IOException {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE manifest [\n<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    dtd.append("]>\n<manifest identifier=\"m\" xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\">&lol9;</manifest>\n");
    return manifestOnly(dir, "billion-laughs.zip", dtd.toString());
  }

  public static Path externalEntity(Path dir) throws IOException {
    String xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE manifest [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1">
          <organizations><organization identifier="o"><title>&xxe;</title></organization></organizations>
        </manifest>
        """;
    return manifestOnly(dir, "xxe.zip", xxe);
  }

  public static Path missingLaunchFile(Path dir) throws IOException {
    return zip(dir, "missing-launch.zip", z -> {
      file(z, "imsmanifest.xml", SCORM12_MANIFEST.formatted("start/missing.html"));
      file(z, "index.html", INDEX);
    });
  }

  public static Path notAZip(Path dir) throws IOException {
    return Files.write(dir.resolve("picture.zip"), PNG);
  }

  public static Path empty(Path dir) throws IOException {
    return Files.write(dir.resolve("empty.zip"), new byte[0]);
  }

  public static Path duplicateEntries(Path dir) throws IOException {
    return zip(dir, "duplicates.zip", z -> {
      file(z, "imsmanifest.xml", SCORM12_MANIFEST.formatted("index.html"));
      file(z, "index.html", INDEX);
      file(z, "index.html", "<!DOCTYPE html><title>the other one</title>");
    });
  }

  public static Path tooManyEntries(Path dir, int entries) throws IOException {
    return zip(dir, "many.zip", z -> {
      file(z, "imsmanifest.xml", SCORM12_MANIFEST.formatted("index.html"));
      file(z, "index.html", INDEX);
      for (int i = 0; i < entries; i++) {
        file(z, "f/" + i, "");
      }
    });
  }

  public static Path deepPath(Path dir, int depth) throws IOException {
    return validPlus(dir, "deep.zip", "d/".repeat(depth) + "x.txt");
  }

  public static Path longPath(Path dir, int length) throws IOException {
    return validPlus(dir, "long.zip", "x".repeat(length));
  }

  /** cmi5 with ids that are not absolute IRIs and an id used twice. */
  public static Path cmi5BadIds(Path dir) throws IOException {
    String cmi5 = """
        <courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
          <course id="not an iri"><title><langstring lang="en">C</langstring></title></course>
          <block id="https://example.com/dup"><title><langstring lang="en">B</langstring></title>
            <au id="https://example.com/dup"><title><langstring lang="en">A1</langstring></title><url>index.html</url></au>
            <au id="relative/au"><title><langstring lang="en">A2</langstring></title><url>index.html</url></au>
          </block>
        </courseStructure>
        """;
    return zip(dir, "cmi5-bad-ids.zip", z -> {
      file(z, "cmi5.xml", cmi5);
      file(z, "index.html", INDEX);
    });
  }

  private static Path manifestOnly(Path dir, String zipName, String manifest) throws IOException {
    return zip(dir, zipName, z -> {
      file(z, "imsmanifest.xml", manifest);
      file(z, "index.html", INDEX);
    });
  }
}
