package org.awarehouse.xapi.control;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times as statements write them: ISO 8601 timestamps and durations. */
public final class StatementTimes {
  private static final Pattern DURATION = Pattern.compile(
      "P(?:(\\d+(?:\\.\\d+)?)Y)?(?:(\\d+(?:\\.\\d+)?)M)?(?:(\\d+(?:\\.\\d+)?)W)?(?:(\\d+(?:\\.\\d+)?)D)?"
          + "(?:T(?:(\\d+(?:\\.\\d+)?)H)?(?:(\\d+(?:\\.\\d+)?)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?");
  private static final double[] SECONDS = {365.25 * 86400, 30.4375 * 86400, 7 * 86400, 86400, 3600, 60, 1};

  private StatementTimes() {}

  /**
   * The instant of a timestamp in any form the validator accepts (1.0.3 also allows ISO 8601's
   * basic form), or empty.
   */
  public static Optional<Instant> instant(String timestamp) {
    return XapiTimes.timestamp(timestamp, XapiVersion.V1_0_3).map(OffsetDateTime::toInstant);
  }

  /**
   * How the LRS writes {@code stored} and filled-in timestamps: UTC with millisecond precision,
   * the precision the specification asks an LRS to keep at least.
   */
  public static String format(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
  }

  /** The length of an ISO 8601 duration in seconds (years and months by their mean length). */
  public static Optional<Double> durationSeconds(String duration) {
    Matcher m = DURATION.matcher(duration);
    if (!m.matches() || duration.equals("P") || duration.endsWith("T")) {
      return Optional.empty();
    }
    double total = 0;
    for (int i = 0; i < SECONDS.length; i++) {
      if (m.group(i + 1) != null) {
        total += Double.parseDouble(m.group(i + 1)) * SECONDS[i];
      }
    }
    return Optional.of(total);
  }
}
