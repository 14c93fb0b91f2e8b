package org.awarehouse.content.control.importing;

import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads a SCORM 1.2 or 2004 {@code imsmanifest.xml} into a {@link PackageDescriptor}: the
 * standard and edition, the default organisation's table of contents, and a launch unit per item
 * that references a resource. Every problem found becomes a finding; all are reported together.
 */
public final class ScormManifestReader {
  public static final String MANIFEST = "imsmanifest.xml";

  private ScormManifestReader() {}

  /**
   * @param packageFiles the paths of every file the archive really holds
   * @throws PackageRejectedException with every finding
   */
  public static PackageDescriptor read(InputStream xml, Set<String> packageFiles) {
    Findings findings = new Findings();
    Optional<Document> document = Dom.parse(xml, MANIFEST, findings);
    findings.throwIfAny();
    Element manifest = document.orElseThrow().getDocumentElement();
    if (!"manifest".equals(manifest.getLocalName())) {
      findings.add(MANIFEST, "the root element is <" + manifest.getTagName() + ">, not <manifest>");
      findings.throwIfAny();
    }
    // IMS CP 1.1.x namespaces differ between SCORM editions; the root's namespace is the one in use.
    String cp = manifest.getNamespaceURI();
    PackageStandard standard = ScormVersion.of(manifest, cp);
    checkIdentifiers(manifest, findings);
    for (Element sub : Dom.children(manifest, cp, "manifest")) {
      findings.add(MANIFEST + ": manifest '" + Optional.ofNullable(Dom.attr(sub, "identifier")).orElse("") + "'",
          "sub-manifests (aggregated packages) are not supported; flatten the package into one manifest");
    }
    Map<String, ScormResource> resources = ScormResources.read(manifest, cp, findings);
    ScormSequencing sequencing = new ScormSequencing(manifest);
    Element organization = defaultOrganization(manifest, cp, findings);
    ScormItemWalker walker = new ScormItemWalker(cp, standard, resources, packageFiles, sequencing, findings);
    List<TocNode> toc = organization == null ? List.of() : walker.walk(organization);
    if (organization != null && walker.referencingItems() == 0) {
      findings.add(MANIFEST, "the organization has no item that launches a resource");
    }
    findings.throwIfAny();
    String identifier = Optional.ofNullable(Dom.attr(manifest, "identifier")).orElse(MANIFEST);
    String title = Optional.ofNullable(Dom.childText(organization, cp, "title")).orElse(identifier);
    return new PackageDescriptor(standard, identifier, Map.of(PackageDescriptor.UNDETERMINED, title),
        LomDescription.of(Dom.child(manifest, cp, "metadata")), walker.units(), toc,
        standard.isScorm2004() ? sequencing.controlMode(organization) : null, null);
  }

  /** The organisation named by organizations/@default, else the first (IMS CP 1.1.4). */
  private static Element defaultOrganization(Element manifest, String cp, Findings findings) {
    List<Element> organizations = Dom.children(Dom.child(manifest, cp, "organizations"), cp, "organization");
    if (organizations.isEmpty()) {
      findings.add(MANIFEST, "has no <organization>, so nothing can be launched");
      return null;
    }
    String chosen = Dom.attr(Dom.child(manifest, cp, "organizations"), "default");
    if (chosen == null) {
      return organizations.get(0);
    }
    for (Element organization : organizations) {
      if (chosen.equals(Dom.attr(organization, "identifier"))) {
        return organization;
      }
    }
    findings.add(MANIFEST, "organizations/@default '" + chosen + "' names no organization");
    return null;
  }

  /** Identifiers are xs:ID in the IMS CP schema, so each may appear once in the whole manifest. */
  private static void checkIdentifiers(Element manifest, Findings findings) {
    Set<String> seen = new HashSet<>();
    Set<String> reported = new HashSet<>();
    Map<String, String> kinds = new LinkedHashMap<>();
    NodeList all = manifest.getElementsByTagNameNS("*", "*");
    for (int i = -1; i < all.getLength(); i++) {
      Element e = i < 0 ? manifest : (Element) all.item(i);
      String id = Dom.attr(e, "identifier");
      if (id == null || !List.of("manifest", "organization", "item", "resource").contains(e.getLocalName())) {
        continue;
      }
      if (!seen.add(id) && reported.add(id)) {
        findings.add(MANIFEST + ": " + e.getLocalName() + " '" + id + "'",
            "the identifier is also used by a " + kinds.get(id) + "; identifiers must be unique");
      }
      kinds.putIfAbsent(id, e.getLocalName());
    }
  }
}
