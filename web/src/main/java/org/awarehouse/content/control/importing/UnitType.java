package org.awarehouse.content.control.importing;

/** What a launch unit is: a SCORM SCO that talks to the API, a SCORM asset that does not, or a cmi5 AU. */
public enum UnitType {
  SCO,
  ASSET,
  AU
}
