package org.awarehouse.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every package the content-packages build produced must pass the same reading the server does at start. */
class BuiltInCatalogueTest {

  @Test
  void everyBuiltInPackageDescribesItself() {
    List<BuiltInPackage> packages = CatalogueService.builtInPackages();
    assertFalse(packages.isEmpty(), "content-packages built no zip");
    for (BuiltInPackage pkg : packages) {
      CourseDescriptor course = pkg.describe();
      assertTrue(course.titles().containsKey("en") && course.titles().containsKey("nl"),
          pkg.slug() + " needs an English and a Dutch title");
      assertTrue(course.durationMinutes() >= 4 && course.durationMinutes() <= 8, pkg.slug() + " must take 4 to 8 minutes");
      assertFalse(course.audience().isEmpty(), pkg.slug() + " names no audience");
    }
  }

  @Test
  void packagesAreReproducibleSoTheirHashIsStable() {
    BuiltInPackage first = CatalogueService.builtInPackages().get(0);
    assertEquals(64, first.sha256().length());
    assertEquals(first.sha256(), CatalogueService.builtInPackages().get(0).sha256());
  }
}
