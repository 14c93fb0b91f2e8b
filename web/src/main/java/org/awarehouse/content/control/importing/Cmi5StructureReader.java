package org.awarehouse.content.control.importing;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads a cmi5 course structure (cmi5 section 13, "Course Structure Data Requirements") into a
 * {@link PackageDescriptor}: the course, its nested blocks and AUs, and the optional Awarehouse
 * module extension (section 13.1.5 lets an LMS ignore vendor extensions, so uploads need not have
 * it). Every problem found becomes a finding; all are reported together.
 */
public final class Cmi5StructureReader {
  public static final String FILE = "cmi5.xml";
  public static final String CMI5_NS = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";

  private Cmi5StructureReader() {}

  /**
   * @param packageHolds whether the package holds a file at a decoded path; relative AU urls must
   *     name such a file
   * @throws PackageRejectedException with every finding
   */
  public static PackageDescriptor read(InputStream xml, Predicate<String> packageHolds) {
    Findings findings = new Findings();
    Optional<Document> document = Dom.parse(xml, FILE, findings);
    findings.throwIfAny();
    Element root = document.orElseThrow().getDocumentElement();
    if (!CMI5_NS.equals(root.getNamespaceURI()) || !"courseStructure".equals(root.getLocalName())) {
      findings.add(FILE, "the root must be courseStructure in namespace " + CMI5_NS);
      findings.throwIfAny();
    }
    List<Element> courses = Dom.children(root, CMI5_NS, "course");
    if (courses.size() != 1) {
      findings.add(FILE, "courseStructure must have exactly one course (found " + courses.size() + ")");
      findings.throwIfAny();
    }
    Element course = courses.get(0);
    Cmi5Walker walker = new Cmi5Walker(packageHolds, findings);
    String courseId = walker.identifier(course, "course");
    Map<String, String> titles = walker.langstrings(course, "title", "course", true);
    Map<String, String> descriptions = walker.langstrings(course, "description", "course", false);
    ModuleMetadata module = Cmi5ModuleExtension.read(course, findings);
    List<TocNode> toc = walker.walk(root);
    if (walker.ausSeen() == 0) {
      findings.add(FILE, "a course needs at least one au");
    }
    findings.throwIfAny();
    return new PackageDescriptor(PackageStandard.CMI5, courseId, titles, descriptions, walker.units(), toc, null,
        module);
  }

  /** The first langstring, which is what a single-language view of the package shows. */
  static String firstOf(Map<String, String> strings, String fallback) {
    return strings.isEmpty() ? fallback : new LinkedHashMap<>(strings).values().iterator().next();
  }
}
