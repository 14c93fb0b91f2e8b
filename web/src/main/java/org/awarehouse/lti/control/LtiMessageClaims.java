package org.awarehouse.lti.control;

import static org.awarehouse.lti.control.LaunchRejectedException.Rule.UNKNOWN_DEPLOYMENT;
import static org.awarehouse.lti.control.LaunchRejectedException.Rule.UNSUPPORTED_MESSAGE_TYPE;
import static org.awarehouse.lti.control.LaunchRejectedException.Rule.WRONG_VERSION;
import static org.awarehouse.lti.control.LaunchRejectedException.quote;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awarehouse.lti.control.LtiLaunch.Context;
import org.awarehouse.lti.control.LtiLaunch.DeepLinkingSettings;
import org.awarehouse.lti.control.LtiLaunch.GradeService;
import org.awarehouse.lti.control.LtiLaunch.MessageType;
import org.awarehouse.lti.control.LtiLaunch.NamesRoleService;

/**
 * The LTI half of launch validation: the message claims that LTI Core 1.3 §5.3 requires of a
 * resource link launch and Deep Linking 2.0 §4.4 of a deep linking request, read into an {@link
 * LtiLaunch}. It runs only on claims whose signature and OIDC claims are already checked.
 *
 * <p>{@code sub} is required for resource link launches although LTI Core 1.3 §5.3.6.1 allows
 * anonymous ones: every activity here records results against a learner, so an anonymous launch
 * has nothing to open. A deep linking request only chooses content for the platform, so it may be
 * anonymous, and Deep Linking 2.0 §4.4.9 lists its roles claim as optional.
 */
final class LtiMessageClaims {
  private static final String CORE = "LTI Core 1.3 ";
  private static final String DL = "LTI Deep Linking 2.0 ";
  private static final String LTI_VERSION = "1.3.0";

  private LtiMessageClaims() {}

  static LtiLaunch read(JWTClaimsSet claims, Set<String> deploymentIds) {
    ClaimReader json = new ClaimReader(claims.getClaims());
    requireVersion(json);
    MessageType type = messageType(json);
    String deploymentId = deploymentId(json, deploymentIds);
    ByType byType = type == MessageType.RESOURCE_LINK ? resourceLink(json) : deepLinking(json);
    return new LtiLaunch(
        claims.getIssuer(),
        byType.subject(),
        deploymentId,
        type,
        LtiRoles.normalise(byType.rawRoles()),
        byType.rawRoles(),
        byType.targetLinkUri(),
        byType.resourceLinkId(),
        byType.resourceLinkTitle(),
        context(json),
        custom(json),
        locale(json),
        gradeService(json),
        namesRoleService(json),
        byType.deepLinking(),
        json.optionalString("name", CORE + "§5.3.6"),
        json.optionalString("given_name", CORE + "§5.3.6"),
        json.optionalString("family_name", CORE + "§5.3.6"),
        json.optionalString("email", CORE + "§5.3.6"));
  }

  /** The claims whose rules differ between the two message types. */
  private record ByType(
      String subject,
      List<String> rawRoles,
      String targetLinkUri,
      String resourceLinkId,
      String resourceLinkTitle,
      DeepLinkingSettings deepLinking) {}

  // §5.3.4 to §5.3.7; sub is required although §5.3.6.1 allows anonymous launches (class comment)
  private static ByType resourceLink(ClaimReader json) {
    ClaimReader link = json.requiredObject(LtiClaims.RESOURCE_LINK, CORE + "§5.3.5");
    return new ByType(
        json.requiredId("sub", CORE + "§5.3.6"),
        json.requiredStrings(LtiClaims.ROLES, CORE + "§5.3.7"), // may be empty
        json.requiredString(LtiClaims.TARGET_LINK_URI, CORE + "§5.3.4"),
        link.requiredId("id", CORE + "§5.3.5"),
        link.optionalString("title", CORE + "§5.3.5"),
        null);
  }

  // DL §4.4: a resource link launch's claims except the resource link, plus the settings; sub
  // (§4.4.5), roles (§4.4.9) and the target link URI (not listed) are optional
  private static ByType deepLinking(ClaimReader json) {
    return new ByType(
        json.optionalId("sub", DL + "§4.4.5"),
        json.optionalStrings(LtiClaims.ROLES, DL + "§4.4.9"),
        json.optionalString(LtiClaims.TARGET_LINK_URI, CORE + "§5.3.4"),
        null,
        null,
        deepLinkingSettings(json));
  }

  // §5.3.2 and DL §4.4.3: the claim must be "1.3.0"
  private static void requireVersion(ClaimReader json) {
    String version = json.requiredString(LtiClaims.VERSION, CORE + "§5.3.2");
    if (!version.equals(LTI_VERSION)) {
      throw new LaunchRejectedException(
          WRONG_VERSION,
          CORE + "§5.3.2",
          "The launch declares LTI version " + quote(version) + "; this tool accepts only 1.3.0.");
    }
  }

  // §5.3.1 and DL §4.4.2: the message types this tool implements
  private static MessageType messageType(ClaimReader json) {
    String value = json.requiredString(LtiClaims.MESSAGE_TYPE, CORE + "§5.3.1");
    return MessageType.fromClaim(value)
        .orElseThrow(
            () ->
                new LaunchRejectedException(
                    UNSUPPORTED_MESSAGE_TYPE,
                    CORE + "§5.3.1",
                    "The message type "
                        + quote(value)
                        + " is not supported; this tool accepts LtiResourceLinkRequest and"
                        + " LtiDeepLinkingRequest."));
  }

  // §5.3.3: required; §3.1.3: every message names the deployment, which the tool must know
  private static String deploymentId(ClaimReader json, Set<String> deploymentIds) {
    String deploymentId = json.requiredId(LtiClaims.DEPLOYMENT_ID, CORE + "§5.3.3");
    if (!deploymentIds.contains(deploymentId)) {
      throw new LaunchRejectedException(
          UNKNOWN_DEPLOYMENT,
          CORE + "§3.1.3",
          "The deployment "
              + quote(deploymentId)
              + " is not registered for this platform; an administrator can add it to the"
              + " platform's registration.");
    }
    return deploymentId;
  }

  // DL §4.4.1: the claim and three of its properties are required
  private static DeepLinkingSettings deepLinkingSettings(ClaimReader json) {
    String spec = DL + "§4.4.1";
    ClaimReader settings = json.requiredObject(LtiClaims.DEEP_LINKING_SETTINGS, spec);
    return new DeepLinkingSettings(
        settings.requiredString("deep_link_return_url", spec),
        settings.requiredStrings("accept_types", spec),
        settings.requiredStrings("accept_presentation_document_targets", spec),
        settings.optionalBoolean("accept_multiple", false, spec),
        settings.optionalString("data", spec),
        // absent means "no assumption": a line item the platform ignores does no harm
        settings.optionalBoolean("accept_lineitem", true, spec));
  }

  // §5.4.1: optional, but its id is required when it is sent
  private static Context context(ClaimReader json) {
    String spec = CORE + "§5.4.1";
    ClaimReader context = json.optionalObject(LtiClaims.CONTEXT, spec);
    return context == null
        ? null
        : new Context(
            context.requiredId("id", spec),
            context.optionalString("label", spec),
            context.optionalString("title", spec));
  }

  // §5.4.6
  private static Map<String, String> custom(ClaimReader json) {
    ClaimReader custom = json.optionalObject(LtiClaims.CUSTOM, CORE + "§5.4.6");
    return custom == null ? Map.of() : custom.asStringMap();
  }

  // §5.4.4 names the launch's locale; §5.3.6 the user's preferred one, the better guess second
  private static String locale(ClaimReader json) {
    ClaimReader presentation =
        json.optionalObject(LtiClaims.LAUNCH_PRESENTATION, CORE + "§5.4.4");
    String locale =
        presentation == null ? null : presentation.optionalString("locale", CORE + "§5.4.4");
    return locale != null ? locale : json.optionalString("locale", CORE + "§5.3.6");
  }

  private static GradeService gradeService(ClaimReader json) {
    String spec = "LTI AGS 2.0 §3.1";
    ClaimReader ags = json.optionalObject(LtiClaims.AGS_ENDPOINT, spec);
    return ags == null
        ? null
        : new GradeService(
            ags.optionalStrings("scope", spec),
            ags.optionalString("lineitems", spec),
            ags.optionalString("lineitem", spec));
  }

  private static NamesRoleService namesRoleService(ClaimReader json) {
    String spec = "LTI NRPS 2.0, namesroleservice claim";
    ClaimReader nrps = json.optionalObject(LtiClaims.NRPS_SERVICE, spec);
    return nrps == null
        ? null
        : new NamesRoleService(
            nrps.requiredString("context_memberships_url", spec),
            nrps.optionalStrings("service_versions", spec));
  }
}
