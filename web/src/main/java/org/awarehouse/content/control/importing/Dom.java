package org.awarehouse.content.control.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.awarehouse.platform.control.SafeXml;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Small DOM helpers for manifest readers; parsing goes through {@link SafeXml} only. */
final class Dom {
  static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  private Dom() {}

  /** The parsed manifest, or empty after a finding that says where it is not well-formed. */
  static Optional<Document> parse(InputStream in, String fileName, Findings findings) {
    try {
      return Optional.of(SafeXml.parse(in));
    } catch (SAXParseException e) {
      String message = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
          ? "is not well-formed XML for this server: it declares a DOCTYPE, which manifests must not, "
              + "because DTDs allow entity expansion and external entities (XXE)"
          : "is not well-formed XML: " + e.getMessage();
      findings.add(fileName + " line " + e.getLineNumber(), message);
    } catch (SAXException e) {
      findings.add(fileName, "is not well-formed XML: " + e.getMessage());
    } catch (IOException e) {
      findings.add(fileName, "cannot be read: " + e.getMessage());
    }
    return Optional.empty();
  }

  /** Child elements in namespace {@code ns} (null: no namespace) with {@code localName}. */
  static List<Element> children(Element parent, String ns, String localName) {
    List<Element> found = new ArrayList<>();
    if (parent == null) {
      return found;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && Objects.equals(ns, e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  static Element child(Element parent, String ns, String localName) {
    List<Element> found = children(parent, ns, localName);
    return found.isEmpty() ? null : found.get(0);
  }

  /** Trimmed text of the first such child, or null when there is none or it is blank. */
  static String childText(Element parent, String ns, String localName) {
    return text(child(parent, ns, localName));
  }

  static String text(Element e) {
    if (e == null) {
      return null;
    }
    String text = e.getTextContent().strip();
    return text.isEmpty() ? null : text;
  }

  /** A no-namespace attribute, trimmed, or null when absent or blank. */
  static String attr(Element e, String localName) {
    return e == null ? null : blankToNull(e.getAttributeNS(null, localName));
  }

  static String attr(Element e, String ns, String localName) {
    return e == null ? null : blankToNull(e.getAttributeNS(ns, localName));
  }

  /** An attribute in any of {@code namespaces} whose local name matches in any letter case. */
  static String attrAnyCase(Element e, List<String> namespaces, String localName) {
    NamedNodeMap attributes = e.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      if (namespaces.contains(a.getNamespaceURI()) && localName.equalsIgnoreCase(a.getLocalName())) {
        return blankToNull(a.getValue());
      }
    }
    return null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
