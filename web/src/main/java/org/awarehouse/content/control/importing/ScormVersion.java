package org.awarehouse.content.control.importing;

import java.util.Locale;
import org.w3c.dom.Element;

/**
 * Tells the SCORM version and edition from {@code manifest/metadata/schemaversion}, the value the
 * SCORM CAM of each edition mandates: "1.2", "CAM 1.3" (2004 2nd), "2004 3rd Edition" and
 * "2004 4th Edition".
 */
final class ScormVersion {

  private ScormVersion() {}

  static PackageStandard of(Element manifest, String cp) {
    String declared = Dom.childText(Dom.child(manifest, cp, "metadata"), cp, "schemaversion");
    if (declared != null) {
      switch (declared.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
        case "1.2":
          return PackageStandard.SCORM_12;
        case "cam 1.3":
          return PackageStandard.SCORM_2004_2ND;
        case "2004 3rd edition":
          return PackageStandard.SCORM_2004_3RD;
        case "2004 4th edition":
          return PackageStandard.SCORM_2004_4TH;
        default:
          break;
      }
    }
    return byNamespaces(manifest);
  }

  /**
   * Many tools omit the metadata. A manifest that declares the SCORM 2004 adlcp or imsss namespace
   * is read by the 4th edition rules, which the older 2004 editions' content also plays under;
   * anything else is SCORM 1.2, whose packages are the ones that most often lack metadata.
   */
  private static PackageStandard byNamespaces(Element manifest) {
    boolean scorm2004 = manifest.lookupPrefix(ScormNamespaces.ADLCP_2004) != null
        || manifest.lookupPrefix(ScormNamespaces.IMSSS) != null
        || manifest.getElementsByTagNameNS(ScormNamespaces.ADLCP_2004, "*").getLength() > 0
        || manifest.getElementsByTagNameNS(ScormNamespaces.IMSSS, "*").getLength() > 0;
    return scorm2004 ? PackageStandard.SCORM_2004_4TH : PackageStandard.SCORM_12;
  }
}
