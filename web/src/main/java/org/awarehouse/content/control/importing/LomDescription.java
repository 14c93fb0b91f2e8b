package org.awarehouse.content.control.importing;

import java.util.LinkedHashMap;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Best-effort description from inline LOM metadata: {@code lom/general/description}, written as
 * IEEE LOM {@code <string language>} (SCORM 2004) or IMS MD {@code <langstring xml:lang>}
 * (SCORM 1.2). Metadata in separate files ({@code adlcp:location}) is not read.
 */
final class LomDescription {

  private LomDescription() {}

  static Map<String, String> of(Element metadata) {
    Map<String, String> descriptions = new LinkedHashMap<>();
    Element description = anyNs(anyNs(anyNs(metadata, "lom"), "general"), "description");
    for (Node n = description == null ? null : description.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element s && ("string".equals(s.getLocalName()) || "langstring".equals(s.getLocalName()))) {
        String text = Dom.text(s);
        String language = s.hasAttribute("language") ? s.getAttribute("language") : s.getAttributeNS(Dom.XML_NS, "lang");
        if (text != null) {
          descriptions.putIfAbsent(language.isBlank() ? PackageDescriptor.UNDETERMINED : language.strip(), text);
        }
      }
    }
    return descriptions;
  }

  /** LOM namespaces vary between binding versions, so only the local name is matched. */
  private static Element anyNs(Element parent, String localName) {
    for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && localName.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }
}
