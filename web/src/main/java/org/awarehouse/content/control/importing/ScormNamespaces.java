package org.awarehouse.content.control.importing;

import java.util.List;

/** Namespaces of SCORM manifests (SCORM 1.2 CAM 2.3, SCORM 2004 4th ed. CAM 3.3 and SN 5). */
final class ScormNamespaces {
  static final String ADLCP_12 = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
  static final String ADLCP_2004 = "http://www.adlnet.org/xsd/adlcp_v1p3";
  static final String IMSSS = "http://www.imsglobal.org/xsd/imsss";
  static final List<String> ADLCP = List.of(ADLCP_12, ADLCP_2004);

  private ScormNamespaces() {}
}
