package org.awarehouse.content.control.importing;

import static org.awarehouse.content.control.importing.ScormManifestReaderTest.assertFinding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Cmi5StructureReaderTest {
  private static final String COURSE = """
      <courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd" xmlns:awh="urn:awarehouse:module:1">
        <course id="https://example.com/course"><title><langstring lang="en">Course</langstring></title>%s</course>
        %s
      </courseStructure>
      """;
  private static final String AU = "<au id=\"%s\" %s><title><langstring lang=\"en\">AU</langstring></title>"
      + "<description><langstring lang=\"en\">d</langstring></description><url>%s</url></au>";
  private static final Set<String> FILES = Set.of("index.html", "a b/start.html");

  @Test
  void anAbsoluteUrlAuNeedsNoFile() {
    LaunchUnit au = read("", au("https://example.com/au", "", "https://cdn.example.com/au/index.html?x=1")).units().get(0);
    assertEquals("https://cdn.example.com/au/index.html?x=1", au.absoluteUrl());
    assertNull(au.launchPath());
  }

  @Test
  void defaultsApplyWhenAttributesAreAbsent() {
    LaunchUnit au = read("", au("https://example.com/au", "", "a%20b/start.html")).units().get(0);
    assertEquals("a b/start.html", au.launchPath());
    assertEquals("AnyWindow", au.launchMethod());
    assertEquals("NotApplicable", au.moveOn());
    assertNull(au.masteryScore());
  }

  @Test
  void blocksNestAndKeepDocumentOrder() {
    String structure = "<block id=\"https://example.com/b1\"><title><langstring lang=\"en\">B1</langstring></title>"
        + "<block id=\"https://example.com/b2\"><title><langstring lang=\"en\">B2</langstring></title>"
        + au("https://example.com/au1", "", "index.html") + "</block></block>"
        + au("https://example.com/au2", "", "index.html");
    PackageDescriptor d = read("", structure);
    assertEquals(List.of("https://example.com/au1", "https://example.com/au2"), d.units().stream().map(LaunchUnit::id).toList());
    assertEquals("https://example.com/b2", d.toc().get(0).children().get(0).id());
    assertEquals("https://example.com/au1", d.toc().get(0).children().get(0).children().get(0).unitId());
  }

  @Test
  void theModuleExtensionIsReadWhenPresent() {
    String module = "<awh:module version=\"2.0.0\" durationMinutes=\"5\"><awh:audience>all</awh:audience></awh:module>";
    ModuleMetadata metadata = read(module, au("https://example.com/au", "", "index.html")).module();
    assertEquals(new ModuleMetadata("2.0.0", 5, List.of("all"), List.of()), metadata);
  }

  @Test
  void everyAuProblemIsReportedAtOnce() {
    String aus = au("https://example.com/a1", "moveOn=\"Done\" launchMethod=\"NewTab\" masteryScore=\"1.5\"", "index.html")
        + au("https://example.com/a2", "", "missing.html")
        + au("https://example.com/a3", "", "javascript:alert(1)")
        + "<au id=\"https://example.com/a4\"><title><langstring lang=\"en\">x</langstring></title></au>";
    PackageRejectedException e = assertThrows(PackageRejectedException.class, () -> read("", aus));
    assertFinding(e, "cmi5.xml: au 'https://example.com/a1'", "moveOn is 'Done'");
    assertFinding(e, "cmi5.xml: au 'https://example.com/a1'", "launchMethod is 'NewTab'");
    assertFinding(e, "cmi5.xml: au 'https://example.com/a1'", "masteryScore is 1.5");
    assertFinding(e, "cmi5.xml: au 'https://example.com/a2'", "'missing.html' is not in the package");
    assertFinding(e, "cmi5.xml: au 'https://example.com/a3'", "only http and https");
    assertFinding(e, "cmi5.xml: au 'https://example.com/a4'", "url is required");
    assertEquals(6, e.findings().size(), e.findings().toString());
  }

  @Test
  void idsMustBeUniqueAcrossCourseBlocksAndAus() {
    String structure = "<block id=\"https://example.com/course\"><title><langstring lang=\"en\">B</langstring></title>"
        + au("https://example.com/course", "", "index.html") + "</block>";
    PackageRejectedException e = assertThrows(PackageRejectedException.class, () -> read("", structure));
    assertFinding(e, "cmi5.xml: block 'https://example.com/course'", "more than once");
    assertFinding(e, "cmi5.xml: au 'https://example.com/course'", "more than once");
  }

  @Test
  void aCourseWithoutAusIsAFinding() {
    assertFinding(assertThrows(PackageRejectedException.class, () -> read("", "")), "cmi5.xml", "at least one au");
  }

  private static String au(String id, String attributes, String url) {
    return AU.formatted(id, attributes, url.replace("&", "&amp;"));
  }

  private static PackageDescriptor read(String courseExtra, String structure) {
    String xml = COURSE.formatted(courseExtra, structure);
    return Cmi5StructureReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), FILES::contains);
  }
}
