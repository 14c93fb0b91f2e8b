package org.awarehouse.xapi.control;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The two time formats of xAPI: ISO 8601 timestamps (Data §4.5) and durations (Data §4.6). */
public final class XapiTimes {
  // RFC 3339 §5.6, which 9274.1.1 makes the required profile of ISO 8601 (a SHOULD* in 1.0.3)
  private static final Pattern RFC_3339 =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?"
              + "(?:[Zz]|([+-])(\\d{2}):(\\d{2}))");
  // 1.0.3 §4.5.s1.b1 asks only for ISO 8601, so its extended form with an hour-only offset and
  // its basic form (20130501T120000Z) are accepted too, as is the common "+0100" offset style
  private static final Pattern ISO_EXTENDED =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})([.,]\\d+)?"
              + "(?:Z|([+-])(\\d{2})(?::?(\\d{2}))?)");
  private static final Pattern ISO_BASIC =
      Pattern.compile(
          "(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})([.,]\\d+)?(?:Z|([+-])(\\d{2})(\\d{2})?)");

  // ISO 8601:2004 §4.4.3.2 format with designators; §4.4.3.3's alternative format is not allowed
  private static final Pattern DURATION =
      Pattern.compile(
          "P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+([.,]\\d+)?S)?)?"
              + "|P\\d+W");

  /** Seconds per unit of a duration's designators; years and months by their mean length. */
  private static final double YEAR = 365.25 * 86400;
  private static final double MONTH = YEAR / 12;

  private XapiTimes() {}

  /**
   * The instant of a timestamp in any form a 1.0.3 statement may use (a superset of 2.0's), or
   * empty: one parser for validation, the store, the projection and the since/until filters.
   */
  public static Optional<Instant> instant(String value) {
    return timestamp(value, XapiVersion.V1_0_3).map(OffsetDateTime::toInstant);
  }

  /**
   * How the LRS writes {@code stored} and filled-in timestamps: UTC with millisecond precision,
   * the precision the specification asks an LRS to keep at least.
   */
  public static String format(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
  }

  /** The length in seconds of a duration {@link #isDuration} accepts, or empty. */
  public static Optional<Double> durationSeconds(String value) {
    Matcher m = DURATION.matcher(value);
    if (!m.matches()) {
      return Optional.empty();
    }
    if (value.endsWith("W")) {
      return Optional.of(Double.parseDouble(value.substring(1, value.length() - 1)) * 7 * 86400);
    }
    double[] perUnit = {YEAR, MONTH, 86400, 0, 3600, 60, 1};
    double total = 0;
    for (int group = 1; group <= 7; group++) {
      String part = m.group(group);
      if (group != 4 && part != null) {
        total += Double.parseDouble(part.substring(0, part.length() - 1).replace(',', '.')) * perUnit[group - 1];
      }
    }
    return Optional.of(total);
  }

  /**
   * Reads a Timestamp as the statement's version allows it, or empty when it is not one. It must
   * carry a time zone: 1.0.3 §4.5.s1.b4 (a SHOULD*) became a requirement in 9274.1.1, and the
   * conformance suite rejects the "unknown offset" forms -00, -0000 and -00:00 that RFC 3339 allows
   * but ISO 8601 forbids.
   */
  public static Optional<OffsetDateTime> timestamp(String value, XapiVersion version) {
    Matcher matcher = RFC_3339.matcher(value);
    if (!matcher.matches() && version == XapiVersion.V1_0_3) {
      matcher = ISO_EXTENDED.matcher(value);
      if (!matcher.matches()) {
        matcher = ISO_BASIC.matcher(value);
      }
    }
    return matcher.matches() ? dateTime(matcher) : Optional.empty();
  }

  /** An ISO 8601 duration such as PT1H0M0S, P1D, PT4.5S or P4W (Data §4.6.s1.b1). */
  public static boolean isDuration(String value) {
    return DURATION.matcher(value).matches();
  }

  private static Optional<OffsetDateTime> dateTime(Matcher parts) {
    try {
      LocalDate date = LocalDate.of(number(parts, 1), number(parts, 2), number(parts, 3));
      LocalTime time =
          LocalTime.of(number(parts, 4), number(parts, 5), number(parts, 6), nanos(parts.group(7)));
      return offset(parts).map(offset -> OffsetDateTime.of(date, time, offset));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<ZoneOffset> offset(Matcher parts) {
    String sign = parts.group(8);
    if (sign == null) {
      return Optional.of(ZoneOffset.UTC);
    }
    int hours = number(parts, 9);
    int minutes = parts.group(10) == null ? 0 : number(parts, 10);
    if (sign.equals("-") && hours == 0 && minutes == 0) {
      return Optional.empty(); // ISO 8601 writes a zero offset with a plus sign only
    }
    int signum = sign.equals("-") ? -1 : 1;
    return Optional.of(ZoneOffset.ofHoursMinutes(signum * hours, signum * minutes));
  }

  /** The fraction of a second (with its leading "." or ","), truncated to nanoseconds. */
  private static int nanos(String fraction) {
    if (fraction == null) {
      return 0;
    }
    return Integer.parseInt((fraction.substring(1) + "000000000").substring(0, 9));
  }

  private static int number(Matcher parts, int group) {
    return Integer.parseInt(parts.group(group));
  }
}
