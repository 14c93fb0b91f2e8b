package org.awarehouse.runtime.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScormVersionTest {

  @Test
  void scorm12TimespansAreHoursMinutesSeconds() {
    // RTE 3.4.3 CMITimespan: HHHH:MM:SS.SS with 2 to 4 hour digits
    assertEquals(Optional.of(3723.5), ScormVersion.V1_2.seconds("01:02:03.5"));
    assertEquals(Optional.of(36000.0), ScormVersion.V1_2.seconds("0010:00:00"));
    assertTrue(ScormVersion.V1_2.seconds("1:00:00").isEmpty());
    assertTrue(ScormVersion.V1_2.seconds("PT1H").isEmpty());
  }

  @Test
  void scorm2004TimesAreIsoDurations() {
    assertEquals(Optional.of(3723.5), ScormVersion.V2004.seconds("PT1H2M3.5S"));
    assertTrue(ScormVersion.V2004.seconds("01:02:03").isEmpty());
  }

  @Test
  void totalTimesAreWrittenInEachModelsFormat() {
    assertEquals("0001:02:03.50", ScormVersion.V1_2.formatTime(3723.5));
    assertEquals("PT3723.5S", ScormVersion.V2004.formatTime(3723.5));
    assertEquals(Optional.of(3723.5), ScormVersion.V1_2.seconds(ScormVersion.V1_2.formatTime(3723.5)));
  }

  @Test
  void every2004EditionUsesThe2004Model() {
    assertEquals(ScormVersion.V1_2, ScormVersion.of("SCORM_12"));
    assertEquals(ScormVersion.V2004, ScormVersion.of("SCORM_2004_3RD"));
    assertEquals(ScormVersion.V2004, ScormVersion.of("SCORM_2004_4TH"));
  }
}
