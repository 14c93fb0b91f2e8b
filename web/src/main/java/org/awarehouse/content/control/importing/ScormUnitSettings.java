package org.awarehouse.content.control.importing;

import static org.awarehouse.content.control.importing.ScormNamespaces.ADLCP_12;
import static org.awarehouse.content.control.importing.ScormNamespaces.ADLCP_2004;

import org.w3c.dom.Element;

/**
 * What an item tells the run-time about its SCO: the values the LMS initialises {@code cmi.*}
 * data model elements from.
 *
 * @param masteryScore scaled 0..1: SCORM 1.2 {@code adlcp:masteryscore}/100, or the SCORM 2004
 *     primary objective's {@code imsss:minNormalizedMeasure} when it is satisfied by measure
 * @param completionThreshold SCORM 2004 {@code adlcp:completionThreshold}: the text (2nd/3rd ed.)
 *     or {@code minProgressMeasure} when {@code completedByMeasure="true"} (4th ed.)
 */
record ScormUnitSettings(
    Double masteryScore, Double completionThreshold, String maxTimeAllowed, String timeLimitAction, String dataFromLms) {

  static ScormUnitSettings read(Element item, PackageStandard standard, ScormSequencing sequencing, String where,
      Findings findings) {
    if (standard == PackageStandard.SCORM_12) {
      return new ScormUnitSettings(masteryScore12(item, where, findings), null,
          Dom.childText(item, ADLCP_12, "maxtimeallowed"), Dom.childText(item, ADLCP_12, "timelimitaction"),
          Dom.childText(item, ADLCP_12, "datafromlms"));
    }
    return new ScormUnitSettings(sequencing.scaledPassingScore(item, where, findings),
        completionThreshold(item, where, findings), sequencing.attemptAbsoluteDurationLimit(item),
        Dom.childText(item, ADLCP_2004, "timeLimitAction"), Dom.childText(item, ADLCP_2004, "dataFromLMS"));
  }

  /** SCORM 1.2 CAM: adlcp:masteryscore is a decimal from 0 to 100. */
  private static Double masteryScore12(Element item, String where, Findings findings) {
    String text = Dom.childText(item, ADLCP_12, "masteryscore");
    Double score = Decimals.parse(text, 0, 100, where, "adlcp:masteryscore", findings);
    return score == null ? null : score / 100;
  }

  private static Double completionThreshold(Element item, String where, Findings findings) {
    Element threshold = Dom.child(item, ADLCP_2004, "completionThreshold");
    if (threshold == null) {
      return null;
    }
    String byMeasure = Dom.attr(threshold, "completedByMeasure");
    String minProgress = Dom.attr(threshold, "minProgressMeasure");
    if (byMeasure == null && minProgress == null) {
      return Decimals.parse(Dom.text(threshold), 0, 1, where, "adlcp:completionThreshold", findings);
    }
    // 4th edition: the threshold only decides completion when completedByMeasure is true.
    if (!Decimals.isTrue(byMeasure)) {
      return null;
    }
    Double measure = Decimals.parse(minProgress, 0, 1, where, "adlcp:completionThreshold/@minProgressMeasure", findings);
    return measure == null ? 1.0 : measure;
  }
}
