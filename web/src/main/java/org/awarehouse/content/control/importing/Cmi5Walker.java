package org.awarehouse.content.control.importing;

import static org.awarehouse.content.control.importing.Cmi5StructureReader.CMI5_NS;
import static org.awarehouse.content.control.importing.Cmi5StructureReader.FILE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Walks the blocks and AUs of a cmi5 course structure in document order (cmi5 section 13.1.2 and
 * 13.1.4), checking identifiers and turning each AU into a launch unit.
 */
final class Cmi5Walker {
  private final Predicate<String> packageHolds;
  private final Findings findings;
  private final Set<String> ids = new HashSet<>();
  private final List<LaunchUnit> units = new ArrayList<>();
  private int ausSeen;

  Cmi5Walker(Predicate<String> packageHolds, Findings findings) {
    this.packageHolds = packageHolds;
    this.findings = findings;
  }

  List<TocNode> walk(Element parent) {
    List<TocNode> nodes = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e) || !CMI5_NS.equals(e.getNamespaceURI())) {
        continue;
      }
      if ("block".equals(e.getLocalName())) {
        String id = identifier(e, "block");
        String title = Cmi5StructureReader.firstOf(langstrings(e, "title", "block '" + id + "'", true), id);
        nodes.add(new TocNode(id, title, null, walk(e)));
      } else if ("au".equals(e.getLocalName())) {
        ausSeen++;
        Optional<LaunchUnit> unit = new Cmi5Au(e, this, findings).read(packageHolds);
        unit.ifPresent(u -> {
          units.add(u);
          nodes.add(new TocNode(u.id(), u.title(), u.id(), List.of()));
        });
      }
    }
    return nodes;
  }

  List<LaunchUnit> units() {
    return List.copyOf(units);
  }

  /** AUs in the structure, including those with findings. */
  int ausSeen() {
    return ausSeen;
  }

  /**
   * The element's id: cmi5 section 13.1.1, 13.1.2 and 13.1.4 require a globally unique IRI that
   * "MUST be unique within the course structure".
   */
  String identifier(Element e, String kind) {
    String id = Dom.attr(e, "id");
    if (id == null) {
      findings.add(FILE + ": " + kind, "the id attribute is required");
      return kind;
    }
    if (!Iris.isAbsolute(id)) {
      findings.add(FILE + ": " + kind + " '" + id + "'", "the id is not an absolute IRI");
    }
    if (!ids.add(id)) {
      findings.add(FILE + ": " + kind + " '" + id + "'", "the id is used more than once in the course structure");
    }
    return id;
  }

  /** langstrings of a title or description child, by language. */
  Map<String, String> langstrings(Element parent, String child, String where, boolean required) {
    Map<String, String> strings = new LinkedHashMap<>();
    for (Element s : Dom.children(Dom.child(parent, CMI5_NS, child), CMI5_NS, "langstring")) {
      String lang = Dom.attr(s, "lang");
      String text = Dom.text(s);
      if (text != null) {
        strings.putIfAbsent(lang == null ? PackageDescriptor.UNDETERMINED : lang, text);
      }
    }
    if (required && strings.isEmpty()) {
      findings.add(FILE + ": " + where, child + " needs a langstring");
    }
    return strings;
  }
}
