package org.awarehouse.lti.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LtiRolesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // LTI Core 1.3 A.2.3 context roles
    "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor, INSTRUCTOR",
    "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner, LEARNER",
    "http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator, ADMINISTRATOR",
    "http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper, CONTENT_DEVELOPER",
    "http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor, MENTOR",
    "http://purl.imsglobal.org/vocab/lis/v2/membership#Manager, OTHER",
    "http://purl.imsglobal.org/vocab/lis/v2/membership#Member, OTHER",
    // A.2.3.1 sub-roles count as their principal role, teaching assistants apart
    "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant, TEACHING_ASSISTANT",
    "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistantSection, TEACHING_ASSISTANT",
    "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#Grader, INSTRUCTOR",
    "http://purl.imsglobal.org/vocab/lis/v2/membership/Learner#Instructor, LEARNER",
    "http://purl.imsglobal.org/vocab/lis/v2/membership/Mentor#Auditor, MENTOR",
    // A.2.1 and A.2.2: only administrators count from outside the context
    "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator, ADMINISTRATOR",
    "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator, ADMINISTRATOR",
    "http://purl.imsglobal.org/vocab/lis/v2/system/person#SysAdmin, ADMINISTRATOR",
    "http://purl.imsglobal.org/vocab/lis/v2/person#Administrator, ADMINISTRATOR",
    "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor, OTHER",
    "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Faculty, OTHER",
    "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student, OTHER",
    "http://purl.imsglobal.org/vocab/lti/system/person#TestUser, OTHER",
    // simple names, deprecated but sent by Moodle and Canvas
    "Instructor, INSTRUCTOR",
    "Learner, LEARNER",
    "Administrator, ADMINISTRATOR",
    "ContentDeveloper, CONTENT_DEVELOPER",
    "Mentor, MENTOR",
    "TeachingAssistant, TEACHING_ASSISTANT",
    // LTI 1.1 URNs
    "urn:lti:role:ims/lis/Instructor, INSTRUCTOR",
    "urn:lti:role:ims/lis/Learner, LEARNER",
    "urn:lti:role:ims/lis/TeachingAssistant, TEACHING_ASSISTANT",
    "urn:lti:role:ims/lis/Instructor/TeachingAssistant, TEACHING_ASSISTANT",
    "urn:lti:role:ims/lis/Learner/NonCreditLearner, LEARNER",
    "urn:lti:instrole:ims/lis/Administrator, ADMINISTRATOR",
    "urn:lti:sysrole:ims/lis/SysAdmin, ADMINISTRATOR",
    "urn:lti:instrole:ims/lis/Instructor, OTHER",
    // role URIs are case-sensitive, and unknown values are kept as OTHER
    "instructor, OTHER",
    "http://purl.imsglobal.org/vocab/lis/v2/membership#instructor, OTHER",
    "https://example.com/roles#Boss, OTHER",
  })
  void normalisesEachForm(String role, LtiRole expected) {
    assertEquals(expected, LtiRoles.of(role));
  }

  @Test
  void allFormsOfOneRoleGiveOneValue() {
    Set<LtiRole> roles =
        LtiRoles.normalise(
            List.of(
                "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
                "Instructor",
                "urn:lti:role:ims/lis/Instructor"));
    assertEquals(Set.of(LtiRole.INSTRUCTOR), roles);
  }

  @Test
  void noRolesGiveNoRoles() {
    assertEquals(Set.of(), LtiRoles.normalise(List.of()));
  }

  @Test
  void surroundingWhitespaceIsIgnored() {
    assertEquals(LtiRole.LEARNER, LtiRoles.of(" Learner "));
  }

  @Test
  void staffAreInstructorsAdministratorsContentDevelopersAndTeachingAssistants() {
    for (LtiRole role : LtiRole.values()) {
      boolean staff =
          Set.of(
                  LtiRole.INSTRUCTOR,
                  LtiRole.ADMINISTRATOR,
                  LtiRole.CONTENT_DEVELOPER,
                  LtiRole.TEACHING_ASSISTANT)
              .contains(role);
      assertEquals(staff, role.isStaff(), role.name());
    }
  }

  @Test
  void learnersMentorsAndOthersAreNotStaff() {
    assertFalse(LtiRole.LEARNER.isStaff());
    assertFalse(LtiRole.MENTOR.isStaff());
    assertFalse(LtiRole.OTHER.isStaff());
    assertTrue(LtiRole.TEACHING_ASSISTANT.isStaff());
  }
}
