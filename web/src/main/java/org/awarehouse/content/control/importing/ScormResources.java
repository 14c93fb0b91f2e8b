package org.awarehouse.content.control.importing;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Reads {@code <resources>}: each resource's href with xml:base applied from the manifest, the
 * resources element and the resource itself (the SCORM CAM's xml:base rules for
 * {@code <manifest>}, {@code <resources>} and {@code <resource>}),
 * and its SCORM type, which authoring tools write in any letter case.
 */
final class ScormResources {

  private ScormResources() {}

  static Map<String, ScormResource> read(Element manifest, String cp, Findings findings) {
    Map<String, ScormResource> byId = new LinkedHashMap<>();
    Element resources = Dom.child(manifest, cp, "resources");
    if (resources == null) {
      findings.add(ScormManifestReader.MANIFEST, "has no <resources> element");
      return byId;
    }
    String base = withBase(Dom.attr(manifest, Dom.XML_NS, "base"), Dom.attr(resources, Dom.XML_NS, "base"));
    for (Element resource : Dom.children(resources, cp, "resource")) {
      String id = Dom.attr(resource, "identifier");
      if (id == null) {
        findings.add(ScormManifestReader.MANIFEST, "a resource has no identifier");
        continue;
      }
      String href = Dom.attr(resource, "href");
      String full = href == null ? null
          : PackagePaths.applyBase(withBase(base, Dom.attr(resource, Dom.XML_NS, "base")), href);
      byId.putIfAbsent(id, new ScormResource(id, full, type(resource, id, findings)));
    }
    return byId;
  }

  private static String withBase(String outer, String inner) {
    if (inner == null) {
      return outer;
    }
    return outer == null ? inner : PackagePaths.applyBase(outer, inner);
  }

  private static UnitType type(Element resource, String id, Findings findings) {
    String type = Dom.attrAnyCase(resource, ScormNamespaces.ADLCP, "scormType");
    if (type == null) {
      // Without adlcp:scormType a resource cannot call the API, which is what an asset is.
      return UnitType.ASSET;
    }
    switch (type.toLowerCase(Locale.ROOT)) {
      case "sco":
        return UnitType.SCO;
      case "asset":
        return UnitType.ASSET;
      default:
        findings.add(ScormManifestReader.MANIFEST + ": resource '" + id + "'",
            "adlcp:scormType is '" + type + "'; it must be sco or asset");
        return null;
    }
  }
}
