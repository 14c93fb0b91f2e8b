package org.awarehouse.runtime.control;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.awarehouse.content.control.PackageStructure;

/**
 * The data model a new session starts with: what the unit's content left last time (location,
 * suspend data, statuses, scores, objectives, interactions) plus what the LMS provides (learner,
 * credit, mode, entry, total time, and the manifest's launch data, mastery score and limits).
 */
final class InitialData {
  /** Elements that belong to one session and never carry into the next. */
  static final String[] SESSION_ONLY = {"cmi.core.session_time", "cmi.session_time", "cmi.core.exit", "cmi.exit",
      "adl.nav.request"};

  private InitialData() {}

  /** The content's own data without what belonged to its last session. */
  static Map<String, String> carried(Map<String, String> cmi) {
    Map<String, String> carried = new TreeMap<>(cmi);
    for (String key : SESSION_ONLY) {
      carried.remove(key);
    }
    return carried;
  }

  /**
   * @param entry ab-initio for the first session, resume after a suspend, else empty (SCORM 1.2
   *     RTE 3.4.4 cmi.core.entry; SCORM 2004 RTE 4.2.9)
   */
  static Map<String, String> build(ScormVersion version, Map<String, String> carried, PackageStructure.Unit unit,
      String learnerId, String entry, double totalSeconds) {
    Map<String, String> initial = new TreeMap<>(carried);
    if (version == ScormVersion.V1_2) {
      initial.put("cmi.core.student_id", learnerId);
      initial.put("cmi.core.student_name", "Learner");
      initial.put("cmi.core.credit", "credit");
      initial.put("cmi.core.lesson_mode", "normal");
      initial.putIfAbsent("cmi.core.lesson_status", "not attempted");
      put(initial, "cmi.student_data.mastery_score",
          unit.masteryScore() == null ? null : decimal(unit.masteryScore() * 100));
      put(initial, "cmi.student_data.max_time_allowed", unit.maxTimeAllowed());
      put(initial, "cmi.student_data.time_limit_action", unit.timeLimitAction());
    } else {
      initial.put("cmi.learner_id", learnerId);
      initial.put("cmi.learner_name", "Learner");
      initial.put("cmi.credit", "credit");
      initial.put("cmi.mode", "normal");
      put(initial, "cmi.scaled_passing_score", unit.masteryScore() == null ? null : decimal(unit.masteryScore()));
      put(initial, "cmi.completion_threshold",
          unit.completionThreshold() == null ? null : decimal(unit.completionThreshold()));
      put(initial, "cmi.max_time_allowed", unit.maxTimeAllowed());
      put(initial, "cmi.time_limit_action", unit.timeLimitAction());
    }
    initial.put(version.entry(), entry);
    initial.put(version.totalTime(), version.formatTime(totalSeconds));
    put(initial, "cmi.launch_data", unit.launchData());
    return initial;
  }

  private static void put(Map<String, String> map, String key, String value) {
    if (value != null && !value.isBlank()) {
      map.put(key, value);
    }
  }

  private static String decimal(double value) {
    String s = String.format(Locale.ROOT, "%.4f", value).replaceFirst("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}
