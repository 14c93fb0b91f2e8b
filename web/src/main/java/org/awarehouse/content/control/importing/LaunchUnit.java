package org.awarehouse.content.control.importing;

/**
 * Something the player can launch: a SCORM item that references a resource, or a cmi5 AU. Fields
 * that a standard does not have are null.
 *
 * @param launchPath the file inside the package, percent-decoded, without query or fragment; null
 *     when the AU lives at {@code absoluteUrl}
 * @param launchQuery the query to launch with, SCORM item parameters included, without the leading
 *     {@code ?}; empty when there is none
 * @param launchFragment the fragment to launch with, without {@code #}; empty when there is none
 * @param absoluteUrl a cmi5 AU's fully qualified URL (cmi5 section 13.1.4 allows one), else null
 * @param masteryScore scaled 0..1 for every standard (SCORM 1.2 masteryscore is divided by 100)
 * @param completionThreshold SCORM 2004 completion threshold, scaled 0..1
 * @param maxTimeAllowed as written in the manifest (1.2 CMITimespan, 2004 ISO 8601 duration)
 * @param dataFromLms the launch data the SCO reads from {@code cmi.launch_data}
 */
public record LaunchUnit(
    String id,
    String title,
    UnitType type,
    String launchPath,
    String launchQuery,
    String launchFragment,
    String absoluteUrl,
    Double masteryScore,
    Double completionThreshold,
    String maxTimeAllowed,
    String timeLimitAction,
    String dataFromLms,
    String launchMethod,
    String moveOn,
    String activityType,
    String launchParameters,
    String entitlementKey) {

  static LaunchUnit scorm(String id, String title, UnitType type, LaunchTarget target, ScormUnitSettings s) {
    return new LaunchUnit(id, title, type, target.path(), target.query(), target.fragment(), null, s.masteryScore(),
        s.completionThreshold(), s.maxTimeAllowed(), s.timeLimitAction(), s.dataFromLms(), null, null, null, null,
        null);
  }
}
