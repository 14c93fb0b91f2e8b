package org.awarehouse.lti.control;

import static org.awarehouse.lti.control.LaunchTokens.DL_SETTINGS;
import static org.awarehouse.lti.control.LaunchTokens.LTI;
import static org.awarehouse.lti.control.LaunchTokens.deepLinking;
import static org.awarehouse.lti.control.LaunchTokens.resourceLink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** LTI Core 1.3 §5.3 and Deep Linking 2.0 §4.4: the message claims a signed token must carry. */
class IdTokenLtiClaimsTest {
  private final ValidationFixture fixture = new ValidationFixture();

  @Test
  void rejectsDeploymentNotRegisteredForThePlatform() {
    LaunchRejectedException rejection =
        fixture.reject(
            "unknown-deployment", resourceLink().claim(LTI + "deployment_id", "deployment-9").sign());
    assertTrue(rejection.getMessage().contains("deployment-9"), "an admin needs the id to add it");
  }

  @Test
  void quotedDeploymentIdCannotForgeALogLine() {
    LaunchRejectedException rejection =
        fixture.reject(
            "unknown-deployment",
            resourceLink().claim(LTI + "deployment_id", "d-9\nSEVERE admin signed in").sign());
    assertFalse(rejection.getMessage().contains("\n"));
  }

  @Test
  void rejectsMissingDeployment() {
    fixture.reject("missing-claim", resourceLink().without(LTI + "deployment_id").sign());
  }

  @Test
  void rejectsDeploymentIdLongerThan255Characters() {
    fixture.reject(
        "malformed-claim", resourceLink().claim(LTI + "deployment_id", "d".repeat(256)).sign());
  }

  @Test
  void rejectsLti11Version() {
    fixture.reject("wrong-version", resourceLink().claim(LTI + "version", "1.1.0").sign());
  }

  @Test
  void rejectsMissingVersion() {
    fixture.reject("missing-claim", resourceLink().without(LTI + "version").sign());
  }

  @Test
  void rejectsUnsupportedMessageType() {
    fixture.reject(
        "unsupported-message-type",
        resourceLink().claim(LTI + "message_type", "LtiSubmissionReviewRequest").sign());
  }

  @Test
  void rejectsMissingMessageType() {
    fixture.reject("missing-claim", resourceLink().without(LTI + "message_type").sign());
  }

  @Test
  void rejectsResourceLinkLaunchWithoutResourceLink() {
    fixture.reject("missing-claim", resourceLink().without(LTI + "resource_link").sign());
  }

  @Test
  void rejectsResourceLinkWithoutId() {
    fixture.reject("missing-claim", resourceLink().without(LTI + "resource_link", "id").sign());
  }

  @Test
  void rejectsResourceLinkThatIsNotAnObject() {
    fixture.reject("malformed-claim", resourceLink().claim(LTI + "resource_link", "link-1").sign());
  }

  @Test
  void rejectsResourceLinkLaunchWithoutRoles() {
    fixture.reject("missing-claim", resourceLink().without(LTI + "roles").sign());
  }

  @Test
  void rejectsRolesAsAString() {
    fixture.reject(
        "malformed-claim", resourceLink().claim(LTI + "roles", LaunchTokens.INSTRUCTOR).sign());
  }

  @Test
  void rejectsRolesWithANonStringElement() {
    fixture.reject(
        "malformed-claim",
        resourceLink().claim(LTI + "roles", List.of(LaunchTokens.LEARNER, 7)).sign());
  }

  @Test
  void acceptsEmptyRoles() {
    assertTrue(fixture.accept(resourceLink().claim(LTI + "roles", List.of()).sign()).roles().isEmpty());
  }

  @Test
  void rejectsResourceLinkLaunchWithoutTargetLinkUri() {
    fixture.reject("missing-claim", resourceLink().without(LTI + "target_link_uri").sign());
  }

  @Test
  void rejectsResourceLinkLaunchWithoutSub() {
    fixture.reject("missing-claim", resourceLink().without("sub").sign());
  }

  @Test
  void rejectsSubLongerThan255Characters() {
    fixture.reject("malformed-claim", resourceLink().claim("sub", "u".repeat(256)).sign());
  }

  @Test
  void rejectsContextWithoutId() {
    fixture.reject(
        "missing-claim", resourceLink().claim(LTI + "context", Map.of("label", "CPS 435")).sign());
  }

  @Test
  void rejectsCustomThatIsNotAnObject() {
    fixture.reject("malformed-claim", resourceLink().claim(LTI + "custom", "a=b").sign());
  }

  @Test
  void rejectsNamesRoleServiceWithoutMembershipsUrl() {
    fixture.reject(
        "missing-claim",
        resourceLink()
            .claim(
                "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice",
                Map.of("service_versions", List.of("2.0")))
            .sign());
  }

  @Test
  void rejectsDeepLinkingRequestWithoutSettings() {
    fixture.reject("missing-claim", deepLinking().without(DL_SETTINGS).sign());
  }

  @Test
  void rejectsDeepLinkingSettingsWithoutReturnUrl() {
    fixture.reject(
        "missing-claim", deepLinking().without(DL_SETTINGS, "deep_link_return_url").sign());
  }

  @Test
  void rejectsDeepLinkingSettingsWithoutAcceptTypes() {
    fixture.reject("missing-claim", deepLinking().without(DL_SETTINGS, "accept_types").sign());
  }

  @Test
  void rejectsDeepLinkingSettingsWithoutDocumentTargets() {
    fixture.reject(
        "missing-claim",
        deepLinking().without(DL_SETTINGS, "accept_presentation_document_targets").sign());
  }

  @Test
  void rejectsAcceptMultipleThatIsNotABoolean() {
    fixture.reject(
        "malformed-claim", deepLinking().with(DL_SETTINGS, "accept_multiple", "yes").sign());
  }

  @Test
  void acceptsAnonymousDeepLinkingRequestWithoutRoles() {
    // DL 2.0 §4.4.5 and §4.4.9 do not require sub or roles
    LtiLaunch launch = fixture.accept(deepLinking().without("sub").without(LTI + "roles").sign());
    assertNull(launch.subject());
    assertTrue(launch.roles().isEmpty());
    assertFalse(launch.isStaff());
  }

  @Test
  void deepLinkingRequestNeedsNoResourceLinkOrTargetLinkUri() {
    LtiLaunch launch = fixture.accept(deepLinking().sign());
    assertNull(launch.resourceLinkId());
    assertNull(launch.targetLinkUri());
  }

  @Test
  void deepLinkingSettingsAreNotReadFromAResourceLinkLaunch() {
    LtiLaunch launch =
        fixture.accept(resourceLink().claim(DL_SETTINGS, Map.of("deep_link_return_url", "x")).sign());
    assertNull(launch.deepLinking());
    assertEquals(LtiLaunch.MessageType.RESOURCE_LINK, launch.messageType());
  }
}
