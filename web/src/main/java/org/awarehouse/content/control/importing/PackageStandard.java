package org.awarehouse.content.control.importing;

/** The e-learning standards a package may follow, down to the SCORM 2004 edition its manifest declares. */
public enum PackageStandard {
  SCORM_12,
  SCORM_2004_2ND,
  SCORM_2004_3RD,
  SCORM_2004_4TH,
  CMI5;

  public boolean isScorm2004() {
    return this == SCORM_2004_2ND || this == SCORM_2004_3RD || this == SCORM_2004_4TH;
  }
}
