package org.awarehouse.content.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.awarehouse.platform.control.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test packages other tests play are accepted, and described as their manifests say. */
class PackageInspectorTest {
  @TempDir Path staging;

  @Test
  void scorm12Single() {
    InspectedPackage inspected = inspect(TestPackages.SCORM12_SINGLE);
    PackageDescriptor d = inspected.descriptor();
    assertEquals(PackageStandard.SCORM_12, d.standard());
    assertEquals("org.awarehouse.test.scorm12-single", d.identifier());
    assertEquals(Map.of("und", "Password hygiene"), d.titles());
    assertNull(d.controlMode(), "SCORM 1.2 has no sequencing control mode");
    LaunchUnit sco = single(d.units());
    assertEquals("item-sco", sco.id());
    assertEquals(UnitType.SCO, sco.type());
    assertEquals("index.html", sco.launchPath());
    assertEquals("", sco.launchQuery());
    assertEquals(0.8, sco.masteryScore());
    assertEquals("00:30:00", sco.maxTimeAllowed());
    assertEquals("continue,no message", sco.timeLimitAction());
    assertEquals("lesson=passwords", sco.dataFromLms());
    assertEquals(List.of(new TocNode("item-sco", "Password hygiene lesson", "item-sco", List.of())), d.toc());
    assertEquals(Set.of("imsmanifest.xml", "index.html", "sco.js", "shared/style.css", "shared/logo.png"),
        inspected.files().stream().map(StagedFile::path).collect(Collectors.toSet()));
  }

  @Test
  void scorm2004Single() {
    PackageDescriptor d = inspect(TestPackages.SCORM2004_SINGLE).descriptor();
    assertEquals(PackageStandard.SCORM_2004_4TH, d.standard());
    assertEquals(ControlMode.SCORM_2004_DEFAULT, d.controlMode());
    LaunchUnit sco = single(d.units());
    assertEquals("index.html", sco.launchPath());
    assertEquals(0.8, sco.masteryScore(), "the primary objective's minNormalizedMeasure, satisfied by measure");
    assertEquals(0.9, sco.completionThreshold());
  }

  @Test
  void scorm2004MultiAppliesXmlBaseAndParametersAndNestsItems() {
    PackageDescriptor d = inspect(TestPackages.SCORM2004_MULTI).descriptor();
    assertEquals(PackageStandard.SCORM_2004_4TH, d.standard());
    assertEquals(new ControlMode(true, true), d.controlMode());
    assertEquals(Map.of("en", "Three short SCOs on recognising phishing."), d.descriptions());
    Map<String, LaunchUnit> units = d.units().stream().collect(Collectors.toMap(LaunchUnit::id, u -> u));
    assertEquals(List.of("item-intro", "item-lesson", "item-quiz"), d.units().stream().map(LaunchUnit::id).toList());
    assertEquals("content/intro/index.html", units.get("item-intro").launchPath());
    assertEquals("content/lesson/index.html", units.get("item-lesson").launchPath());
    assertEquals("lang=en&page=2", units.get("item-lesson").launchQuery());
    assertEquals(0.5, units.get("item-lesson").completionThreshold());
    LaunchUnit quiz = units.get("item-quiz");
    assertEquals("content/quiz/index.html", quiz.launchPath());
    assertEquals("mode=exam", quiz.launchQuery());
    assertEquals(0.7, quiz.masteryScore());
    assertEquals("PT15M", quiz.maxTimeAllowed());
    assertEquals("exit,message", quiz.timeLimitAction());
    assertEquals("quiz=phishing", quiz.dataFromLms());
    assertEquals(List.of(
        new TocNode("item-intro", "Introduction", "item-intro", List.of()),
        new TocNode("item-practice", "Practice", null, List.of(
            new TocNode("item-lesson", "Spotting phishing", "item-lesson", List.of()),
            new TocNode("item-quiz", "Quiz", "item-quiz", List.of())))), d.toc());
  }

  @Test
  void cmi5BasicNeedsNoAwarehouseExtension() {
    PackageDescriptor d = inspect(TestPackages.CMI5_BASIC).descriptor();
    assertEquals(PackageStandard.CMI5, d.standard());
    assertEquals("https://awarehouse.example/test/cmi5-basic", d.identifier());
    assertEquals(Map.of("en-US", "Tailgating"), d.titles());
    assertNull(d.module());
    assertEquals(2, d.units().size());
    LaunchUnit first = d.units().get(0);
    assertEquals("au1/index.html", first.launchPath());
    assertEquals(UnitType.AU, first.type());
    assertEquals("CompletedAndPassed", first.moveOn());
    assertEquals(0.8, first.masteryScore());
    assertEquals("AnyWindow", first.launchMethod());
    LaunchUnit second = d.units().get(1);
    assertEquals("au2/index.html", second.launchPath());
    assertEquals("level=2", second.launchQuery());
    assertEquals("OwnWindow", second.launchMethod());
    assertEquals("questions=5", second.launchParameters());
    assertEquals("http://adlnet.gov/expapi/activities/assessment", second.activityType());
    TocNode block = single(d.toc());
    assertEquals("https://awarehouse.example/test/cmi5-basic/block/tailgating", block.id());
    assertNull(block.unitId());
    assertEquals(List.of(first.id(), second.id()), block.children().stream().map(TocNode::unitId).toList());
  }

  @Test
  void stagedFilesAreNamedByTheHashOfTheirBytes() throws IOException {
    for (StagedFile file : inspect(TestPackages.SCORM12_SINGLE).files()) {
      byte[] original = TestPackages.source(TestPackages.SCORM12_SINGLE, file.path());
      assertEquals(Sha256.hex(original), file.sha256());
      assertEquals(original.length, file.size());
      assertEquals(staging.resolve(file.sha256()), file.staged());
      assertEquals(Sha256.hex(Files.readAllBytes(file.staged())), file.sha256());
    }
  }

  @Test
  void aPackageWithBothManifestsIsReadAsCmi5() {
    Path zip = TestPackages.zip(TestPackages.CMI5_BASIC,
        Map.of("imsmanifest.xml", HostileZips.SCORM12_MANIFEST.formatted("au1/index.html")));
    assertEquals(PackageStandard.CMI5, PackageInspector.inspect(zip, staging, ImportLimits.defaults()).descriptor().standard());
  }

  @Test
  void everyTestPackageIsAccepted() throws IOException {
    for (String name : TestPackages.ALL) {
      Path dir = Files.createDirectories(staging.resolve(name));
      assertTrue(PackageInspector.inspect(TestPackages.zip(name), dir, ImportLimits.defaults()).descriptor().units().size() > 0);
    }
  }

  private InspectedPackage inspect(String name) {
    return PackageInspector.inspect(TestPackages.zip(name), staging, ImportLimits.defaults());
  }

  private static <T> T single(List<T> list) {
    assertEquals(1, list.size(), list.toString());
    return list.get(0);
  }
}
