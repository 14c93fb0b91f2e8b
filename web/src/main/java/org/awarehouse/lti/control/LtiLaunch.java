package org.awarehouse.lti.control;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A validated LTI 1.3 launch: the claims of an id_token that {@link IdTokenValidator} accepted, in
 * the shape the rest of the application uses. Components documented as nullable are optional in
 * the message; collections are never null.
 *
 * @param subject the platform's user id ({@code sub}); null only for an anonymous deep linking
 *     request
 * @param roles the normalised roles; {@code rawRoles} keeps the values as sent
 * @param targetLinkUri nullable for deep linking, where the specification does not require it
 * @param resourceLinkId null for deep linking, which has no resource link
 * @param resourceLinkTitle nullable
 * @param context nullable
 * @param custom custom parameters, values as strings
 * @param locale BCP 47 tag from launch_presentation, else the OIDC locale claim; nullable
 * @param gradeService nullable: the platform offers no Assignment and Grade Services
 * @param namesRoleService nullable: the platform offers no Names and Role Provisioning Services
 * @param deepLinking present exactly for deep linking requests
 * @param name nullable, and so are givenName, familyName and email
 */
public record LtiLaunch(
    String issuer,
    String subject,
    String deploymentId,
    MessageType messageType,
    Set<LtiRole> roles,
    List<String> rawRoles,
    String targetLinkUri,
    String resourceLinkId,
    String resourceLinkTitle,
    Context context,
    Map<String, String> custom,
    String locale,
    GradeService gradeService,
    NamesRoleService namesRoleService,
    DeepLinkingSettings deepLinking,
    String name,
    String givenName,
    String familyName,
    String email) {

  public LtiLaunch {
    roles = Set.copyOf(roles);
    rawRoles = List.copyOf(rawRoles);
    custom = Map.copyOf(custom);
  }

  /** Whether any role lets the user act as staff, see {@link LtiRole#isStaff()}. */
  public boolean isStaff() {
    return roles.stream().anyMatch(LtiRole::isStaff);
  }

  /** The message types this tool accepts, by their {@code message_type} claim value. */
  public enum MessageType {
    RESOURCE_LINK("LtiResourceLinkRequest"),
    DEEP_LINKING("LtiDeepLinkingRequest");

    private final String claimValue;

    MessageType(String claimValue) {
      this.claimValue = claimValue;
    }

    public String claimValue() {
      return claimValue;
    }

    public static Optional<MessageType> fromClaim(String value) {
      return Arrays.stream(values()).filter(t -> t.claimValue.equals(value)).findFirst();
    }
  }

  /** LTI Core 1.3 §5.4.1; label and title are nullable. */
  public record Context(String id, String label, String title) {}

  /** AGS 2.0 §3.1: the line item container, the launch's own line item (nullable), the scopes. */
  public record GradeService(List<String> scopes, String lineItems, String lineItem) {
    public GradeService {
      scopes = List.copyOf(scopes);
    }
  }

  /** NRPS 2.0: where the context's membership can be read. */
  public record NamesRoleService(String contextMembershipsUrl, List<String> serviceVersions) {
    public NamesRoleService {
      serviceVersions = List.copyOf(serviceVersions);
    }
  }

  /**
   * Deep Linking 2.0 §4.4.1. {@code data} is nullable and must be echoed in the response when
   * present.
   */
  public record DeepLinkingSettings(
      String returnUrl,
      List<String> acceptTypes,
      List<String> acceptPresentationDocumentTargets,
      boolean acceptMultiple,
      String data,
      boolean acceptLineItem) {
    public DeepLinkingSettings {
      acceptTypes = List.copyOf(acceptTypes);
      acceptPresentationDocumentTargets = List.copyOf(acceptPresentationDocumentTargets);
    }
  }
}
