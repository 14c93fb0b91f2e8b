package org.awarehouse.xapi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The X-Experience-API-Version header (xAPI 1.0.3 Communication §3.3). */
class XapiVersionTest {

  @ParameterizedTest
  @ValueSource(strings = {"1.0", "1.0.0", "1.0.1", "1.0.2", "1.0.3", "1.0.9", " 1.0.3 "})
  void anyOneDotZeroVersionIsAnsweredAs1_0_3(String header) {
    assertEquals(Optional.of(XapiVersion.V1_0_3), XapiVersion.negotiate(header));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.0", "2.0.0", "2.0.1"})
  void anyTwoDotZeroVersionIsAnsweredAs2_0_0(String header) {
    assertEquals(Optional.of(XapiVersion.V2_0_0), XapiVersion.negotiate(header));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1",
        "2",
        "0.95",
        "0.9",
        "1.1",
        "1.1.0",
        "1.0.",
        "1.0.x",
        "2.1.0",
        "3.0.0",
        "1.0.3.1",
        "v1.0.3",
        "1.0.3-beta"
      })
  void otherVersionsAreRefused(String header) {
    assertEquals(Optional.empty(), XapiVersion.negotiate(header));
  }

  @Test
  void noHeaderIsRefused() {
    assertEquals(Optional.empty(), XapiVersion.negotiate(null));
  }

  @Test
  void answersWithTheLatestPatchOfEachVersion() {
    assertEquals("1.0.3", XapiVersion.V1_0_3.header());
    assertEquals("2.0.0", XapiVersion.V2_0_0.header());
  }
}
