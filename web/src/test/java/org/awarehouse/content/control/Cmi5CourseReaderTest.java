package org.awarehouse.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Cmi5CourseReaderTest {
  private static final String COURSE = """
      <courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd" xmlns:awh="urn:awarehouse:module:1">
        <course id="urn:test:course">
          <title><langstring lang="en">Invoice fraud</langstring><langstring lang="nl">Factuurfraude</langstring></title>
          <description><langstring lang="en">Changed bank details.</langstring></description>
          %s
        </course>
        <au id="urn:test:au"><title><langstring lang="en">AU</langstring></title>
          <description><langstring lang="en">d</langstring></description><url>index.html?x=1</url></au>
      </courseStructure>
      """;
  private static final String MODULE = """
      <awh:module version="1.2.0" durationMinutes="6"><awh:audience>finance</awh:audience>
        <awh:regulation>DORA art. 13(6)</awh:regulation></awh:module>""";

  @Test
  void readsStandardFieldsAndTheExtension() {
    CourseDescriptor course = read(COURSE.formatted(MODULE));
    assertEquals("urn:test:course", course.courseId());
    assertEquals("Factuurfraude", course.titles().get("nl"));
    assertEquals("1.2.0", course.version());
    assertEquals(6, course.durationMinutes());
    assertEquals(List.of("finance"), course.audience());
    assertEquals(List.of("DORA art. 13(6)"), course.regulations());
    assertEquals(Set.of("en", "nl"), course.languages());
    assertEquals(List.of("index.html?x=1"), course.launchUrls());
  }

  @Test
  void aCourseWithoutTheModuleExtensionIsRejectedWithItsLocation() {
    var e = assertThrows(InvalidCourseStructureException.class, () -> read(COURSE.formatted("")));
    assertTrue(e.getMessage().contains("module"), e.getMessage());
  }

  @Test
  void anImplausibleDurationIsRejected() {
    var e = assertThrows(InvalidCourseStructureException.class,
        () -> read(COURSE.formatted(MODULE.replace("\"6\"", "\"0\""))));
    assertTrue(e.getMessage().contains("durationMinutes"), e.getMessage());
  }

  @Test
  void aForeignRootIsRejected() {
    assertThrows(InvalidCourseStructureException.class, () -> read("<manifest xmlns='http://www.imsglobal.org/xsd/imscp_v1p1'/>"));
  }

  @Test
  void aDoctypeIsRejectedBeforeAnyEntityIsResolved() {
    String xxe = "<?xml version='1.0'?><!DOCTYPE c [<!ENTITY x SYSTEM 'file:///etc/hostname'>]>" + COURSE.formatted(MODULE);
    var e = assertThrows(InvalidCourseStructureException.class, () -> read(xxe));
    assertTrue(e.getMessage().contains("not well-formed"), e.getMessage());
  }

  private static CourseDescriptor read(String xml) {
    return Cmi5CourseReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
