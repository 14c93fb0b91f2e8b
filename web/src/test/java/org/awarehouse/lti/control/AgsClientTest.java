package org.awarehouse.lti.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AgsClientTest {

  @Test
  void theScoresEndpointKeepsTheLineItemsQuery() {
    // AGS 2.0 §3.4: /scores goes on the path; Moodle's line item URLs carry ?type_id=
    assertEquals("https://moodle.example/mod/lti/services.php/2/lineitems/7/lineitem/scores?type_id=3",
        AgsClient.scoresUrl("https://moodle.example/mod/lti/services.php/2/lineitems/7/lineitem?type_id=3"));
    assertEquals("https://canvas.example/api/lti/courses/1/line_items/9/scores",
        AgsClient.scoresUrl("https://canvas.example/api/lti/courses/1/line_items/9"));
    assertEquals("https://lms.example/items/9/scores", AgsClient.scoresUrl("https://lms.example/items/9/"));
  }

  @Test
  void onlyCanvasGetsTheSubmissionExtension() {
    assertTrue(AgsClient.isCanvas(platform("https://canvas.instructure.com")));
    assertTrue(AgsClient.isCanvas(platform("https://canvas.test.instructure.com")));
    assertFalse(AgsClient.isCanvas(platform("https://moodle.example.org")));
    assertFalse(AgsClient.isCanvas(platform("https://canvas.instructure.com.evil.example")));
  }

  private static org.awarehouse.lti.entity.Platform platform(String issuer) {
    return new org.awarehouse.lti.entity.Platform(java.util.UUID.randomUUID(),
        new org.awarehouse.lti.entity.PlatformEndpoints("LMS", issuer, "client", issuer + "/auth", issuer + "/token",
            issuer + "/jwks", java.util.Set.of("1")), java.time.Instant.now());
  }

  @Test
  void aFilterJoinsAnExistingQuery() {
    assertEquals("https://lms.example/lineitems?type_id=3&resource_link_id=x",
        AgsClient.withQuery("https://lms.example/lineitems?type_id=3", "resource_link_id=x"));
    assertEquals("https://lms.example/lineitems?resource_link_id=x",
        AgsClient.withQuery("https://lms.example/lineitems", "resource_link_id=x"));
  }
}
