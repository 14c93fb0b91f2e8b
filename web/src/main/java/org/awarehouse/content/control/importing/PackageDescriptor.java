package org.awarehouse.content.control.importing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an uploaded package is and what it launches, as read from its manifest and checked against
 * the files it really contains.
 *
 * @param identifier the manifest identifier (SCORM) or course id IRI (cmi5)
 * @param titles by language; SCORM titles have none and use {@code "und"}
 * @param descriptions by language; empty when the package has none
 * @param controlMode the SCORM 2004 organisation's control mode, else null
 * @param module the Awarehouse module extension of a cmi5 course, or null when absent
 */
public record PackageDescriptor(
    PackageStandard standard,
    String identifier,
    Map<String, String> titles,
    Map<String, String> descriptions,
    List<LaunchUnit> units,
    List<TocNode> toc,
    ControlMode controlMode,
    ModuleMetadata module) {

  /** The language key of titles that carry no language, as in SCORM (BCP 47 "undetermined"). */
  public static final String UNDETERMINED = "und";

  public PackageDescriptor {
    // Copies keep the manifest's language order, so "the first title" stays the author's first.
    titles = Collections.unmodifiableMap(new LinkedHashMap<>(titles));
    descriptions = Collections.unmodifiableMap(new LinkedHashMap<>(descriptions));
    units = List.copyOf(units);
    toc = List.copyOf(toc);
  }
}
