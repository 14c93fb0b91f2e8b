package org.awarehouse.xapi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The projection's reading of result.duration: the same grammar the validator accepts. */
class DurationSecondsTest {

  @Test
  void designatorsAddUp() {
    assertEquals(Optional.of(270.0), XapiTimes.durationSeconds("PT4M30S"));
    assertEquals(Optional.of(4.5), XapiTimes.durationSeconds("PT4,5S"));
    assertEquals(Optional.of(90000.0), XapiTimes.durationSeconds("P1DT1H"));
    assertEquals(Optional.of(1209600.0), XapiTimes.durationSeconds("P2W"));
  }

  @Test
  void whatTheValidatorRejectsHasNoLength() {
    assertEquals(Optional.empty(), XapiTimes.durationSeconds("PT"));
    assertEquals(Optional.empty(), XapiTimes.durationSeconds("P1H"));
    assertEquals(Optional.empty(), XapiTimes.durationSeconds("1 hour"));
  }
}
