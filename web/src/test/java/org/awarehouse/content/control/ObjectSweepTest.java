package org.awarehouse.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObjectSweepTest {
  static final String KEPT = "aa" + "0".repeat(62);
  static final String ORPHAN = "ab" + "1".repeat(62);
  static final String FRESH_ORPHAN = "ac" + "2".repeat(62);

  @TempDir Path root;

  private Path object(String sha, Instant modified) throws IOException {
    Path file = root.resolve("objects").resolve(sha.substring(0, 2)).resolve(sha);
    Files.createDirectories(file.getParent());
    Files.writeString(file, sha);
    Files.setLastModifiedTime(file, FileTime.from(modified));
    return file;
  }

  @Test
  void removesOnlyOldObjectsThatNoVersionReferences() throws IOException {
    Instant now = Instant.now();
    Path kept = object(KEPT, now.minus(Duration.ofDays(2)));
    Path orphan = object(ORPHAN, now.minus(Duration.ofDays(2)));
    Path fresh = object(FRESH_ORPHAN, now);
    List<String> asked = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    int count = ObjectSweep.sweep(root.resolve("objects"), now.minus(Duration.ofHours(1)), candidates -> {
      asked.addAll(candidates);
      return Set.of(KEPT);
    }, removed::add);
    assertEquals(1, count);
    assertEquals(List.of(ORPHAN), removed);
    assertTrue(Files.exists(kept));
    assertFalse(Files.exists(orphan));
    assertTrue(Files.exists(fresh), "an object younger than the grace period may belong to an upload in progress");
    assertFalse(asked.contains(FRESH_ORPHAN));
  }

  @Test
  void removesStagingDirectoriesOfUploadsThatNeverFinished() throws IOException {
    Path stale = Files.createDirectories(root.resolve("staging/old/files"));
    Files.writeString(stale.resolve("x"), "x");
    Files.setLastModifiedTime(root.resolve("staging/old"), FileTime.from(Instant.now().minus(Duration.ofDays(3))));
    Path running = Files.createDirectories(root.resolve("staging/running"));
    ObjectSweep.removeStaleStaging(root.resolve("staging"), Instant.now().minus(Duration.ofDays(1)));
    assertFalse(Files.exists(root.resolve("staging/old")));
    assertTrue(Files.exists(running));
  }
}
