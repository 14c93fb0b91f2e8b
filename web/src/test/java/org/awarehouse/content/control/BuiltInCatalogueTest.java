package org.awarehouse.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.awarehouse.content.control.importing.ImportLimits;
import org.awarehouse.content.control.importing.InspectedPackage;
import org.awarehouse.content.control.importing.PackageInspector;
import org.awarehouse.content.control.importing.PackageRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  /** The list: eight modules at least, each in English and Dutch. */
  @Test
  void theCatalogueHasTheEightModules() {
    Set<String> slugs = Set.copyOf(CatalogueService.builtInPackages().stream().map(BuiltInPackage::slug).toList());
    assertTrue(slugs.containsAll(Set.of("invoice-fraud", "first-week", "ai-literacy", "gdpr-daily-work", "acceptable-use",
        "board-duties", "spot-it-report-it", "secure-private-life")), slugs.toString());
  }

  /** The server installs built-in modules through the importer authors use; none may have a finding. */
  @Test
  void theImporterAcceptsEveryModuleWithoutFindings(@TempDir Path dir) throws IOException {
    for (BuiltInPackage pkg : CatalogueService.builtInPackages()) {
      Path zip = Files.write(dir.resolve(pkg.slug() + ".zip"), pkg.zip());
      InspectedPackage inspected;
      try {
        inspected = PackageInspector.inspect(zip, dir.resolve(pkg.slug()), ImportLimits.defaults());
      } catch (PackageRejectedException e) {
        throw new AssertionError(pkg.slug() + " has findings: " + e.findings(), e);
      }
      assertEquals("CMI5", inspected.descriptor().standard().name(), pkg.slug());
      assertTrue(inspected.files().stream().anyMatch(f -> f.path().equals("player.js")), pkg.slug() + " lacks the player");
    }
  }

  @Test
  void packagesAreReproducibleSoTheirHashIsStable() {
    BuiltInPackage first = CatalogueService.builtInPackages().get(0);
    assertEquals(64, first.sha256().length());
    assertEquals(first.sha256(), CatalogueService.builtInPackages().get(0).sha256());
  }
}
