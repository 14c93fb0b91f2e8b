package org.awarehouse.lti.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MembershipPagesTest {

  @Test
  void membersAreActiveUnlessTheySayOtherwiseAndThoseWithoutAnIdAreSkipped() {
    List<MembershipPages.Member> members = MembershipPages.members("""
        {"id": "https://lms.example/memberships", "context": {"id": "c1"}, "members": [
          {"user_id": "u1", "roles": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"]},
          {"user_id": "u2", "roles": ["Learner"], "status": "Inactive"},
          {"roles": ["Learner"]},
          {"user_id": "u3"}]}""");
    assertEquals(3, members.size());
    assertEquals("Active", members.get(0).status());
    assertEquals("Inactive", members.get(1).status());
    assertEquals(List.of(), members.get(2).roles());
  }

  @Test
  void moodlesShortRoleNamesCountAsTheirRoles() {
    // NRPS lets platforms send simple names; Moodle does
    assertTrue(Rosters.normalisedRoles(List.of("Learner")).contains("LEARNER"));
    assertTrue(Rosters.normalisedRoles(List.of("Instructor", "Learner")).contains("INSTRUCTOR"));
  }

  @Test
  void theNextPageComesFromTheLinkHeader() {
    // NRPS 2.0 §2.4, RFC 8288
    assertEquals(Optional.of("https://lms.example/m?page=2"), MembershipPages.next(List.of(
        "<https://lms.example/m?page=1>; rel=\"first\", <https://lms.example/m?page=2>; rel=\"next\"")));
    assertEquals(Optional.of("https://lms.example/m?p=3"), MembershipPages.next(List.of("<https://lms.example/m?p=3>;rel=next")));
    assertEquals(Optional.empty(), MembershipPages.next(List.of("<https://lms.example/m>; rel=\"differences\"")));
    assertEquals(Optional.empty(), MembershipPages.next(List.of()));
  }

  @Test
  void aPageThatIsNotAContainerIsRefused() {
    assertThrows(RuntimeException.class, () -> MembershipPages.members("<html>login</html>"));
    assertThrows(RuntimeException.class, () -> MembershipPages.members("{\"members\": 3}"));
  }
}
