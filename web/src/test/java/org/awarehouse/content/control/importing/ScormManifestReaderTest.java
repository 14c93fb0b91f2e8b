package org.awarehouse.content.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScormManifestReaderTest {
  private static final String SCORM_12 = """
      <manifest identifier="m" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2" %s>
        <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
        <organizations default="o"><organization identifier="o"><title>Course</title>%s</organization></organizations>
        <resources %s>%s</resources>
      </manifest>
      """;
  private static final String SCORM_2004 = """
      <manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
        <metadata><schema>ADL SCORM</schema><schemaversion>%s</schemaversion></metadata>
        <organizations default="o"><organization identifier="o"><title>Course</title>%s</organization></organizations>
        <resources>%s</resources>
      </manifest>
      """;
  private static final String ITEM = "<item identifier=\"i\" identifierref=\"r\"><title>Item</title></item>";
  private static final Set<String> FILES = Set.of("index.html", "content/a/index.html", "my page.html", "ü.html");

  @ParameterizedTest
  @ValueSource(strings = {"adlcp:scormtype=\"sco\"", "adlcp:scormtype=\"SCO\"", "adlcp:scormType=\"Sco\"",
      "adlcp:SCORMTYPE=\"sco\""})
  void scorm12ScormTypeInAnyLetterCase(String attribute) {
    LaunchUnit unit = read12(ITEM, "<resource identifier=\"r\" type=\"webcontent\" " + attribute + " href=\"index.html\"/>").units().get(0);
    assertEquals(UnitType.SCO, unit.type());
  }

  @Test
  void anAssetIsAnAsset() {
    assertEquals(UnitType.ASSET,
        read12(ITEM, "<resource identifier=\"r\" adlcp:scormtype=\"Asset\" href=\"index.html\"/>").units().get(0).type());
  }

  @Test
  void anUnknownScormTypeIsAFinding() {
    assertFinding(reject12(ITEM, "<resource identifier=\"r\" adlcp:scormtype=\"scorm\" href=\"index.html\"/>"),
        "imsmanifest.xml: resource 'r'", "sco or asset");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "index.html?a=1      | ?b=2       | a=1&b=2 | ''",
      "index.html?a=1      | &b=2       | a=1&b=2 | ''",
      "index.html          | ??&b=2     | b=2     | ''",
      "index.html          | #part      | ''      | part",
      "index.html?a=1      | #part      | a=1     | ''",
      "index.html#x        | b=2        | b=2     | x",
      "index.html          | b=2#part   | b=2     | part"})
  void itemParametersJoinTheHrefAsTheCamSays(String href, String parameters, String query, String fragment) {
    String item = "<item identifier=\"i\" identifierref=\"r\" parameters=\"" + parameters.replace("&", "&amp;")
        + "\"><title>Item</title></item>";
    LaunchUnit unit = read12(item, "<resource identifier=\"r\" adlcp:scormtype=\"sco\" href=\""
        + href.replace("&", "&amp;") + "\"/>").units().get(0);
    assertEquals("index.html", unit.launchPath());
    assertEquals(query, unit.launchQuery());
    assertEquals(fragment, unit.launchFragment());
  }

  @Test
  void xmlBaseOfManifestResourcesAndResourceConcatenate() {
    String manifest = SCORM_12.formatted("xml:base=\"content/\"", ITEM, "xml:base=\"a\"",
        "<resource identifier=\"r\" adlcp:scormtype=\"sco\" xml:base=\"./\" href=\"index.html\"/>");
    assertEquals("content/a/index.html", read(manifest).units().get(0).launchPath());
  }

  @Test
  void launchPathsArePercentDecodedAndDotSegmentsResolved() {
    assertEquals("my page.html",
        read12(ITEM, "<resource identifier=\"r\" adlcp:scormtype=\"sco\" href=\"x/../my%20page.html\"/>").units().get(0).launchPath());
    assertEquals("ü.html",
        read12(ITEM, "<resource identifier=\"r\" adlcp:scormtype=\"sco\" href=\"%C3%BC.html\"/>").units().get(0).launchPath());
  }

  @Test
  void hrefsThatLeaveThePackageAreFindings() {
    assertFinding(reject12(ITEM, "<resource identifier=\"r\" adlcp:scormtype=\"sco\" href=\"../index.html\"/>"),
        "imsmanifest.xml: resource 'r'", "not a valid path inside the package");
    assertFinding(reject12(ITEM, "<resource identifier=\"r\" adlcp:scormtype=\"sco\" href=\"https://evil.example/x\"/>"),
        "imsmanifest.xml: resource 'r'", "outside the package");
  }

  @Test
  void theFileListOfTheManifestIsNotTrusted() {
    assertFinding(reject12(ITEM, "<resource identifier=\"r\" adlcp:scormtype=\"sco\" href=\"gone.html\">"
        + "<file href=\"gone.html\"/></resource>"), "imsmanifest.xml: resource 'r'", "'gone.html' is not in the package");
  }

  @Test
  void everyStructuralProblemIsReportedAtOnce() {
    String items = "<item identifier=\"i\" identifierref=\"nowhere\"><title>A</title></item>"
        + "<item identifier=\"i2\" identifierref=\"r\"><title>B</title></item>"
        + "<item identifier=\"r\"><title>C</title></item>";
    PackageRejectedException e = reject12(items, "<resource identifier=\"r\" adlcp:scormtype=\"sco\"/>");
    assertFinding(e, "imsmanifest.xml: item 'i'", "identifierref 'nowhere' names no resource");
    assertFinding(e, "imsmanifest.xml: resource 'r'", "has no href, so item 'i2' cannot be launched");
    assertFinding(e, "imsmanifest.xml: resource 'r'", "identifiers must be unique");
    assertEquals(3, e.findings().size(), e.findings().toString());
  }

  @Test
  void anOrganisationWithoutLaunchableItemsIsAFinding() {
    assertFinding(reject12("<item identifier=\"i\"><title>Empty</title></item>",
        "<resource identifier=\"r\" adlcp:scormtype=\"sco\" href=\"index.html\"/>"), "imsmanifest.xml",
        "no item that launches a resource");
  }

  @Test
  void subManifestsAreUnsupported() {
    String manifest = SCORM_12.formatted("", ITEM, "",
        "<resource identifier=\"r\" adlcp:scormtype=\"sco\" href=\"index.html\"/>")
        .replace("</manifest>", "<manifest identifier=\"sub\"/></manifest>");
    assertFinding(assertThrows(PackageRejectedException.class, () -> read(manifest)), "imsmanifest.xml: manifest 'sub'",
        "not supported");
  }

  @ParameterizedTest
  @ValueSource(strings = {"101", "-1", "eighty", "1e2"})
  void aMasteryScoreOutside0To100IsAFinding(String score) {
    String item = "<item identifier=\"i\" identifierref=\"r\"><title>I</title><adlcp:masteryscore>" + score
        + "</adlcp:masteryscore></item>";
    assertFinding(reject12(item, "<resource identifier=\"r\" adlcp:scormtype=\"sco\" href=\"index.html\"/>"),
        "imsmanifest.xml: item 'i'", "adlcp:masteryscore");
  }

  @Test
  void theDefaultOrganisationIsUsed() {
    String manifest = SCORM_12.formatted("", ITEM, "",
        "<resource identifier=\"r\" adlcp:scormtype=\"sco\" href=\"index.html\"/>")
        .replace("<organizations default=\"o\">", "<organizations default=\"o2\"><organization identifier=\"o1\">"
            + "<title>Other</title></organization><organization identifier=\"o2\"><title>Chosen</title>"
            + "<item identifier=\"i2\" identifierref=\"r\"><title>I2</title></item></organization>");
    PackageDescriptor d = read(manifest);
    assertEquals("Chosen", d.titles().get("und"));
    assertEquals(List.of("i2"), d.units().stream().map(LaunchUnit::id).toList());
  }

  @ParameterizedTest
  @CsvSource({"1.2,SCORM_12", "CAM 1.3,SCORM_2004_2ND", "2004 3rd Edition,SCORM_2004_3RD",
      "2004 4th Edition,SCORM_2004_4TH"})
  void theEditionComesFromSchemaversion(String schemaversion, PackageStandard standard) {
    assertEquals(standard, read(SCORM_2004.formatted(schemaversion, ITEM,
        "<resource identifier=\"r\" adlcp:scormType=\"sco\" href=\"index.html\"/>")).standard());
  }

  @Test
  void withoutMetadataTheNamespacesDecide() {
    String noMetadata = SCORM_2004.replaceAll("<metadata>.*</metadata>", "");
    assertEquals(PackageStandard.SCORM_2004_4TH, read(noMetadata.formatted(ITEM,
        "<resource identifier=\"r\" adlcp:scormType=\"sco\" href=\"index.html\"/>")).standard());
    String noMetadata12 = SCORM_12.replaceAll("<metadata>.*</metadata>", "");
    assertEquals(PackageStandard.SCORM_12, read(noMetadata12.formatted("", ITEM, "",
        "<resource identifier=\"r\" adlcp:scormtype=\"sco\" href=\"index.html\"/>")).standard());
  }

  @Test
  void completionThresholdAsElementTextInThe3rdEdition() {
    String item = "<item identifier=\"i\" identifierref=\"r\"><title>I</title>"
        + "<adlcp:completionThreshold>0.75</adlcp:completionThreshold></item>";
    assertEquals(0.75, read(SCORM_2004.formatted("2004 3rd Edition", item,
        "<resource identifier=\"r\" adlcp:scormType=\"sco\" href=\"index.html\"/>")).units().get(0).completionThreshold());
  }

  @Test
  void a4thEditionThresholdCountsOnlyWhenCompletedByMeasure() {
    String item = "<item identifier=\"i\" identifierref=\"r\"><title>I</title>"
        + "<adlcp:completionThreshold completedByMeasure=\"false\" minProgressMeasure=\"0.6\"/></item>";
    assertNull(read(SCORM_2004.formatted("2004 4th Edition", item,
        "<resource identifier=\"r\" adlcp:scormType=\"sco\" href=\"index.html\"/>")).units().get(0).completionThreshold());
  }

  @Test
  void sequencingFromTheCollectionAppliesThroughIdRef() {
    String item = "<item identifier=\"i\" identifierref=\"r\"><title>I</title><imsss:sequencing IDRef=\"shared\"/></item>";
    String manifest = SCORM_2004.formatted("2004 4th Edition", item,
        "<resource identifier=\"r\" adlcp:scormType=\"sco\" href=\"index.html\"/>").replace("</manifest>",
        "<imsss:sequencingCollection><imsss:sequencing ID=\"shared\"><imsss:objectives>"
            + "<imsss:primaryObjective satisfiedByMeasure=\"true\"><imsss:minNormalizedMeasure>0.6</imsss:minNormalizedMeasure>"
            + "</imsss:primaryObjective></imsss:objectives></imsss:sequencing></imsss:sequencingCollection></manifest>");
    assertEquals(0.6, read(manifest).units().get(0).masteryScore());
  }

  @Test
  void aMissingRootManifestElementIsAFinding() {
    assertFinding(assertThrows(PackageRejectedException.class, () -> read("<courseStructure/>")), "imsmanifest.xml",
        "not <manifest>");
  }

  @Test
  void malformedXmlIsReportedWithItsLine() {
    assertFinding(assertThrows(PackageRejectedException.class, () -> read("<manifest>\n<organizations>\n</manifest>")),
        "imsmanifest.xml line 3", "not well-formed");
  }

  private static PackageDescriptor read12(String items, String resources) {
    return read(SCORM_12.formatted("", items, "", resources));
  }

  private static PackageRejectedException reject12(String items, String resources) {
    return assertThrows(PackageRejectedException.class, () -> read12(items, resources));
  }

  private static PackageDescriptor read(String manifest) {
    return ScormManifestReader.read(new ByteArrayInputStream(manifest.getBytes(StandardCharsets.UTF_8)), FILES);
  }

  static void assertFinding(PackageRejectedException e, String location, String messagePart) {
    assertTrue(e.findings().stream().anyMatch(f -> f.location().equals(location) && f.message().contains(messagePart)),
        "expected a finding at " + location + " saying '" + messagePart + "', got " + e.findings());
  }
}
