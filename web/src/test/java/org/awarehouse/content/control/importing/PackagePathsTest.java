package org.awarehouse.content.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PackagePathsTest {

  @Test
  void basesWithoutTrailingSlashAreDirectories() {
    assertEquals("content/index.html", PackagePaths.applyBase("content", "index.html"));
    assertEquals("content/index.html", PackagePaths.applyBase("content/", "index.html"));
    assertEquals("https://x.example/a", PackagePaths.applyBase("content/", "https://x.example/a"));
  }

  @Test
  void pathsAreDecodedButPlusStaysAPlus() {
    assertEquals(Optional.of("a+b c.html"), PackagePaths.insidePackage("a+b%20c.html"));
  }

  @Test
  void invalidEncodingsAndClimbsAreNotInsideThePackage() {
    assertEquals(Optional.empty(), PackagePaths.insidePackage("%zz.html"));
    assertEquals(Optional.empty(), PackagePaths.insidePackage("%C3.html"));
    assertEquals(Optional.empty(), PackagePaths.insidePackage("a/../../b.html"));
    assertEquals(Optional.empty(), PackagePaths.insidePackage("a/%2e%2e/%2e%2e/b.html"));
    assertEquals(Optional.empty(), PackagePaths.insidePackage("a%5cb.html"));
  }
}
