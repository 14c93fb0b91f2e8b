package org.awarehouse.content.control;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.awarehouse.platform.control.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads a cmi5 course structure (cmi5 spec section 13, "Course Structure Data Requirements") and
 * the {@code urn:awarehouse:module:1} extension element that a course may carry.
 */
public final class Cmi5CourseReader {
  public static final String CMI5_NS = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";
  public static final String AWAREHOUSE_NS = "urn:awarehouse:module:1";

  private Cmi5CourseReader() {}

  public static CourseDescriptor read(InputStream xml) {
    Document document;
    try {
      document = SafeXml.parse(xml);
    } catch (SAXException | IOException e) {
      throw new InvalidCourseStructureException("cmi5.xml is not well-formed XML: " + e.getMessage(), e);
    }
    Element root = document.getDocumentElement();
    if (!CMI5_NS.equals(root.getNamespaceURI()) || !"courseStructure".equals(root.getLocalName())) {
      throw new InvalidCourseStructureException("cmi5.xml: the root must be courseStructure in namespace " + CMI5_NS);
    }
    Element course = onlyChild(root, CMI5_NS, "course", "courseStructure");
    String courseId = required(course.getAttribute("id"), "course/@id");
    Map<String, String> titles = langstrings(onlyChild(course, CMI5_NS, "title", "course"));
    Map<String, String> descriptions = langstrings(onlyChild(course, CMI5_NS, "description", "course"));
    Element module = onlyChild(course, AWAREHOUSE_NS, "module", "course");

    List<String> launchUrls = new ArrayList<>();
    for (Element au : descendants(root, CMI5_NS, "au")) {
      launchUrls.add(required(text(onlyChild(au, CMI5_NS, "url", "au")), "au/url"));
    }
    if (launchUrls.isEmpty()) {
      throw new InvalidCourseStructureException("cmi5.xml: a course needs at least one au");
    }
    TreeSet<String> languages = new TreeSet<>(titles.keySet());
    languages.addAll(descriptions.keySet());
    return new CourseDescriptor(courseId, titles, descriptions,
        required(module.getAttribute("version"), "awh:module/@version"),
        durationMinutes(module.getAttribute("durationMinutes")),
        texts(module, "audience"), texts(module, "regulation"), languages, launchUrls);
  }

  private static int durationMinutes(String value) {
    try {
      int minutes = Integer.parseInt(required(value, "awh:module/@durationMinutes"));
      if (minutes < 1 || minutes > 240) {
        throw new InvalidCourseStructureException("cmi5.xml: awh:module/@durationMinutes must be 1 to 240");
      }
      return minutes;
    } catch (NumberFormatException e) {
      throw new InvalidCourseStructureException("cmi5.xml: awh:module/@durationMinutes must be a whole number", e);
    }
  }

  private static Map<String, String> langstrings(Element parent) {
    Map<String, String> strings = new LinkedHashMap<>();
    for (Element s : children(parent, CMI5_NS, "langstring")) {
      String lang = required(s.getAttribute("lang"), "langstring/@lang");
      strings.put(lang, text(s));
    }
    if (strings.isEmpty()) {
      throw new InvalidCourseStructureException("cmi5.xml: " + parent.getLocalName() + " needs a langstring");
    }
    return strings;
  }

  private static List<String> texts(Element parent, String localName) {
    return children(parent, AWAREHOUSE_NS, localName).stream().map(Cmi5CourseReader::text).toList();
  }

  private static Element onlyChild(Element parent, String ns, String localName, String where) {
    List<Element> found = children(parent, ns, localName);
    if (found.size() != 1) {
      throw new InvalidCourseStructureException(
          "cmi5.xml: " + where + " must have exactly one " + localName + " (found " + found.size() + ")");
    }
    return found.get(0);
  }

  private static List<Element> children(Element parent, String ns, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  private static List<Element> descendants(Element root, String ns, String localName) {
    NodeList nodes = root.getElementsByTagNameNS(ns, localName);
    List<Element> found = new ArrayList<>(nodes.getLength());
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  private static String text(Element e) {
    return e.getTextContent().strip();
  }

  private static String required(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new InvalidCourseStructureException("cmi5.xml: " + what + " is required");
    }
    return value.strip();
  }
}
