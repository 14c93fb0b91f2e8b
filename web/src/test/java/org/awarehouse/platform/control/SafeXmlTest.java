package org.awarehouse.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

class SafeXmlTest {

  @Test
  void parsesPlainXml() throws Exception {
    assertEquals("a", SafeXml.parse(stream("<a xmlns='urn:x'><b/></a>")).getDocumentElement().getLocalName());
  }

  @Test
  void refusesExternalEntities() {
    String xxe = "<?xml version='1.0'?><!DOCTYPE a [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><a>&x;</a>";
    assertThrows(SAXException.class, () -> SafeXml.parse(stream(xxe)));
  }

  @Test
  void refusesEntityExpansionBombs() {
    String lol = "<?xml version='1.0'?><!DOCTYPE a [<!ENTITY l 'lol'><!ENTITY l2 '&l;&l;&l;&l;&l;&l;&l;&l;'>]><a>&l2;</a>";
    assertThrows(SAXException.class, () -> SafeXml.parse(stream(lol)));
  }

  @Test
  void malformedXmlFailsInsteadOfPrinting() {
    assertThrows(SAXException.class, () -> SafeXml.parse(stream("<a><b></a>")));
  }

  private static ByteArrayInputStream stream(String xml) {
    return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
  }
}
