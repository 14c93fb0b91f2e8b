package org.awarehouse.content.control.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Walks the items of the chosen organisation into a table of contents, and turns every item that
 * references a resource into a launch unit whose file is checked against the files the archive
 * really holds; the manifest's {@code <file>} lists are never trusted.
 */
final class ScormItemWalker {
  private final String cp;
  private final PackageStandard standard;
  private final Map<String, ScormResource> resources;
  private final Set<String> packageFiles;
  private final ScormSequencing sequencing;
  private final Findings findings;
  private final List<LaunchUnit> units = new ArrayList<>();
  private int referencingItems;

  ScormItemWalker(String cp, PackageStandard standard, Map<String, ScormResource> resources, Set<String> packageFiles,
      ScormSequencing sequencing, Findings findings) {
    this.cp = cp;
    this.standard = standard;
    this.resources = resources;
    this.packageFiles = packageFiles;
    this.sequencing = sequencing;
    this.findings = findings;
  }

  List<TocNode> walk(Element parent) {
    List<TocNode> nodes = new ArrayList<>();
    for (Element item : Dom.children(parent, cp, "item")) {
      String id = Dom.attr(item, "identifier");
      if (id == null) {
        findings.add(ScormManifestReader.MANIFEST, "an item has no identifier");
        continue;
      }
      String title = Optional.ofNullable(Dom.childText(item, cp, "title")).orElse(id);
      String ref = Dom.attr(item, "identifierref");
      referencingItems += ref == null ? 0 : 1;
      Optional<LaunchUnit> unit = ref == null ? Optional.empty() : unit(item, id, title, ref);
      unit.ifPresent(units::add);
      nodes.add(new TocNode(id, title, unit.map(LaunchUnit::id).orElse(null), walk(item)));
    }
    return nodes;
  }

  List<LaunchUnit> units() {
    return List.copyOf(units);
  }

  /** Items with an identifierref, including those with findings. */
  int referencingItems() {
    return referencingItems;
  }

  private Optional<LaunchUnit> unit(Element item, String id, String title, String ref) {
    String where = ScormManifestReader.MANIFEST + ": item '" + id + "'";
    ScormResource resource = resources.get(ref);
    if (resource == null) {
      findings.add(where, "identifierref '" + ref + "' names no resource in this manifest");
      return Optional.empty();
    }
    Optional<LaunchTarget> target = target(resource, Dom.attr(item, "parameters"), id);
    ScormUnitSettings settings = ScormUnitSettings.read(item, standard, sequencing, where, findings);
    if (target.isEmpty() || resource.type() == null) {
      return Optional.empty();
    }
    return Optional.of(LaunchUnit.scorm(id, title, resource.type(), target.get(), settings));
  }

  private Optional<LaunchTarget> target(ScormResource resource, String parameters, String itemId) {
    String where = ScormManifestReader.MANIFEST + ": resource '" + resource.identifier() + "'";
    if (resource.href() == null) {
      findings.add(where, "has no href, so item '" + itemId + "' cannot be launched");
      return Optional.empty();
    }
    LaunchTarget raw = ScormParameters.apply(LaunchTarget.split(resource.href()), parameters);
    if (PackagePaths.hasScheme(raw.path()) || raw.path().startsWith("/")) {
      findings.add(where, "href '" + resource.href() + "' points outside the package; only files inside it can be played");
      return Optional.empty();
    }
    Optional<String> path = PackagePaths.insidePackage(raw.path());
    if (path.isEmpty()) {
      findings.add(where, "href '" + resource.href() + "' is not a valid path inside the package");
      return Optional.empty();
    }
    if (!packageFiles.contains(path.get())) {
      findings.add(where, "the launch file '" + path.get() + "' is not in the package");
      return Optional.empty();
    }
    return Optional.of(raw.withPath(path.get()));
  }
}
