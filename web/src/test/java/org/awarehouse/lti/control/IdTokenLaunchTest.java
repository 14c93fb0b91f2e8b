package org.awarehouse.lti.control;

import static org.awarehouse.lti.control.LaunchTokens.DEPLOYMENT_ID;
import static org.awarehouse.lti.control.LaunchTokens.DL_SETTINGS;
import static org.awarehouse.lti.control.LaunchTokens.INSTRUCTOR;
import static org.awarehouse.lti.control.LaunchTokens.ISSUER;
import static org.awarehouse.lti.control.LaunchTokens.LTI;
import static org.awarehouse.lti.control.LaunchTokens.deepLinking;
import static org.awarehouse.lti.control.LaunchTokens.resourceLink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awarehouse.lti.control.LtiLaunch.Context;
import org.awarehouse.lti.control.LtiLaunch.DeepLinkingSettings;
import org.awarehouse.lti.control.LtiLaunch.GradeService;
import org.awarehouse.lti.control.LtiLaunch.MessageType;
import org.awarehouse.lti.control.LtiLaunch.NamesRoleService;
import org.junit.jupiter.api.Test;

/** What an accepted launch tells the application. */
class IdTokenLaunchTest {
  private static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
  private static final String NRPS =
      "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
  private static final String TA =
      "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant";
  private static final String FACULTY =
      "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Faculty";

  private final ValidationFixture fixture = new ValidationFixture();

  @Test
  void resourceLinkLaunchCarriesEverythingTheSpecificationsDefine() {
    Map<String, Object> custom = new LinkedHashMap<>();
    custom.put("chapter", "3");
    custom.put("attempts", 2);
    custom.put("unset", null);
    String token =
        resourceLink()
            .claim(LTI + "roles", List.of(INSTRUCTOR, TA, FACULTY))
            .claim(LTI + "resource_link", Map.of("id", "link-200d101f", "title", "Fire safety"))
            .claim(
                LTI + "context",
                Map.of("id", "course-7", "label", "CPS 435", "title", "CPS 435 Learning Analytics"))
            .claim(LTI + "custom", custom)
            .claim(LTI + "launch_presentation", Map.of("locale", "de-CH", "document_target", "iframe"))
            .claim(
                AGS,
                Map.of(
                    "scope",
                    List.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                    "lineitems",
                    "https://lms.example.edu/7/lineitems",
                    "lineitem",
                    "https://lms.example.edu/7/lineitems/1"))
            .claim(
                NRPS,
                Map.of(
                    "context_memberships_url",
                    "https://lms.example.edu/7/memberships",
                    "service_versions",
                    List.of("2.0")))
            .claim("name", "Jane Marie Doe")
            .claim("given_name", "Jane")
            .claim("family_name", "Doe")
            .claim("email", "jane@example.edu")
            .sign();

    LtiLaunch launch = fixture.accept(token);

    assertEquals(ISSUER, launch.issuer());
    assertEquals("user-4711", launch.subject());
    assertEquals(DEPLOYMENT_ID, launch.deploymentId());
    assertEquals(MessageType.RESOURCE_LINK, launch.messageType());
    assertEquals(
        Set.of(LtiRole.INSTRUCTOR, LtiRole.TEACHING_ASSISTANT, LtiRole.OTHER), launch.roles());
    assertEquals(List.of(INSTRUCTOR, TA, FACULTY), launch.rawRoles());
    assertTrue(launch.isStaff());
    assertEquals("https://tool.example.org/lti/launch", launch.targetLinkUri());
    assertEquals("link-200d101f", launch.resourceLinkId());
    assertEquals("Fire safety", launch.resourceLinkTitle());
    assertEquals(new Context("course-7", "CPS 435", "CPS 435 Learning Analytics"), launch.context());
    assertEquals(Map.of("chapter", "3", "attempts", "2"), launch.custom());
    assertEquals("de-CH", launch.locale());
    assertEquals(
        new GradeService(
            List.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"),
            "https://lms.example.edu/7/lineitems",
            "https://lms.example.edu/7/lineitems/1"),
        launch.gradeService());
    assertEquals(
        new NamesRoleService("https://lms.example.edu/7/memberships", List.of("2.0")),
        launch.namesRoleService());
    assertNull(launch.deepLinking());
    assertEquals("Jane Marie Doe", launch.name());
    assertEquals("Jane", launch.givenName());
    assertEquals("Doe", launch.familyName());
    assertEquals("jane@example.edu", launch.email());
  }

  @Test
  void optionalClaimsAbsentLeaveNullsAndEmptyCollections() {
    LtiLaunch launch = fixture.accept(resourceLink().sign());
    assertEquals(Set.of(LtiRole.LEARNER), launch.roles());
    assertFalse(launch.isStaff());
    assertNull(launch.resourceLinkTitle());
    assertNull(launch.context());
    assertEquals(Map.of(), launch.custom());
    assertNull(launch.locale());
    assertNull(launch.gradeService());
    assertNull(launch.namesRoleService());
    assertNull(launch.name());
    assertNull(launch.email());
  }

  @Test
  void localeFallsBackToTheUsersPreferredLocale() {
    assertEquals("fr-CA", fixture.accept(resourceLink().claim("locale", "fr-CA").sign()).locale());
  }

  @Test
  void deepLinkingRequestCarriesItsSettings() {
    String token =
        deepLinking()
            .with(DL_SETTINGS, "accept_types", List.of("ltiResourceLink", "link"))
            .with(DL_SETTINGS, "accept_multiple", true)
            .with(DL_SETTINGS, "data", "csrftoken:c7fbba78")
            .with(DL_SETTINGS, "accept_lineitem", false)
            .claim(LTI + "context", Map.of("id", "course-7"))
            .sign();

    LtiLaunch launch = fixture.accept(token);

    assertEquals(MessageType.DEEP_LINKING, launch.messageType());
    assertEquals(
        new DeepLinkingSettings(
            "https://lms.example.edu/deep_links",
            List.of("ltiResourceLink", "link"),
            List.of("iframe", "window"),
            true,
            "csrftoken:c7fbba78",
            false),
        launch.deepLinking());
    assertEquals(Set.of(LtiRole.INSTRUCTOR), launch.roles());
    assertEquals("user-4711", launch.subject());
    assertEquals(new Context("course-7", null, null), launch.context());
  }

  @Test
  void acceptMultipleDefaultsToFalseAndDataToNull() {
    DeepLinkingSettings settings = fixture.accept(deepLinking().sign()).deepLinking();
    assertFalse(settings.acceptMultiple());
    assertNull(settings.data());
    assertTrue(settings.acceptLineItem(), "absent accept_lineitem: offer the line item");
  }
}
