package org.awarehouse.content.control.importing;

import java.util.List;
import org.w3c.dom.Element;

/**
 * The {@code urn:awarehouse:module:1} extension a cmi5 course may carry, as cmi5 section 13.1.1
 * allows extension elements in other namespaces. Built-in modules must have it; uploads may.
 */
final class Cmi5ModuleExtension {
  static final String NS = "urn:awarehouse:module:1";
  private static final String WHERE = Cmi5StructureReader.FILE + ": awh:module";

  private Cmi5ModuleExtension() {}

  /** The metadata, or null when the course has no extension or a finding says what is wrong with it. */
  static ModuleMetadata read(Element course, Findings findings) {
    List<Element> modules = Dom.children(course, NS, "module");
    if (modules.isEmpty()) {
      return null;
    }
    if (modules.size() > 1) {
      findings.add(WHERE, "course must have at most one awh:module (found " + modules.size() + ")");
      return null;
    }
    Element module = modules.get(0);
    String version = Dom.attr(module, "version");
    if (version == null) {
      findings.add(WHERE, "awh:module/@version is required");
    }
    Integer minutes = durationMinutes(Dom.attr(module, "durationMinutes"), findings);
    if (version == null || minutes == null) {
      return null;
    }
    return new ModuleMetadata(version, minutes, texts(module, "audience"), texts(module, "regulation"));
  }

  private static Integer durationMinutes(String value, Findings findings) {
    if (value == null) {
      findings.add(WHERE, "awh:module/@durationMinutes is required");
      return null;
    }
    try {
      int minutes = Integer.parseInt(value);
      if (minutes >= 1 && minutes <= 240) {
        return minutes;
      }
      findings.add(WHERE, "awh:module/@durationMinutes must be 1 to 240");
    } catch (NumberFormatException e) {
      findings.add(WHERE, "awh:module/@durationMinutes must be a whole number");
    }
    return null;
  }

  private static List<String> texts(Element module, String localName) {
    return Dom.children(module, NS, localName).stream().map(Dom::text).filter(t -> t != null).toList();
  }
}
