package org.awarehouse.runtime.control;

import java.util.Optional;
import org.awarehouse.xapi.control.XapiTimes;

/**
 * The two SCORM run-time data models differ in element names and time formats; everything the
 * server reads from a unit's data goes through here.
 */
public enum ScormVersion {
  /** SCORM 1.2 RTE, section 3.4: {@code cmi.core.*}, CMITimespan times. */
  V1_2("1.2"),
  /** SCORM 2004 RTE, section 4.2: flat {@code cmi.*}, ISO 8601 durations. */
  V2004("2004");

  private final String adapterName;

  ScormVersion(String adapterName) {
    this.adapterName = adapterName;
  }

  /** The name the runtime adapter takes: "1.2" or "2004". */
  public String adapterName() {
    return adapterName;
  }

  /** SCORM 1.2 for the 1.2 standard, the 2004 model for every 2004 edition. */
  public static ScormVersion of(String standard) {
    return "SCORM_12".equals(standard) ? V1_2 : V2004;
  }

  public String location() { return this == V1_2 ? "cmi.core.lesson_location" : "cmi.location"; }
  public String exit() { return this == V1_2 ? "cmi.core.exit" : "cmi.exit"; }
  public String entry() { return this == V1_2 ? "cmi.core.entry" : "cmi.entry"; }
  public String sessionTime() { return this == V1_2 ? "cmi.core.session_time" : "cmi.session_time"; }
  public String totalTime() { return this == V1_2 ? "cmi.core.total_time" : "cmi.total_time"; }

  /** Seconds of a session time as the model writes it; empty when it is not a valid time. */
  public Optional<Double> seconds(String time) {
    if (time == null || time.isBlank()) {
      return Optional.empty();
    }
    return this == V1_2 ? timespanSeconds(time) : XapiTimes.durationSeconds(time);
  }

  /** A total time in the model's own format. */
  public String formatTime(double seconds) {
    if (this == V2004) {
      return "PT" + Math.round(seconds * 100) / 100.0 + "S";
    }
    long centis = Math.round(seconds * 100);
    return String.format(java.util.Locale.ROOT, "%04d:%02d:%02d.%02d",
        centis / 360000, centis / 6000 % 60, centis / 100 % 60, centis % 100);
  }

  /** CMITimespan (SCORM 1.2 RTE 3.4.3): HHHH:MM:SS.SS, hours 2 to 4 digits, optional fraction. */
  private static Optional<Double> timespanSeconds(String time) {
    var m = java.util.regex.Pattern.compile("^(\\d{2,4}):(\\d{2}):(\\d{2})(\\.\\d{1,2})?$").matcher(time);
    if (!m.matches()) {
      return Optional.empty();
    }
    double fraction = m.group(4) == null ? 0 : Double.parseDouble(m.group(4));
    return Optional.of(Integer.parseInt(m.group(1)) * 3600.0 + Integer.parseInt(m.group(2)) * 60
        + Integer.parseInt(m.group(3)) + fraction);
  }
}
