package org.awarehouse.lti.control;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awarehouse.content.control.CatalogueService;
import org.awarehouse.content.control.CatalogueService.ModuleSummary;
import org.awarehouse.content.control.Packages;
import org.awarehouse.lti.entity.Platform;

/**
 * Deep Linking 2.0: an instructor picks modules from the catalogue, and the tool answers the
 * platform with a signed LtiDeepLinkingResponse (§4.5) of ltiResourceLink items. The request's
 * settings travel to the selection form and back inside a short-lived token signed by the tool,
 * so no server session is needed and the browser cannot alter them.
 */
@ApplicationScoped
public class DeepLinkingService {
  static final String PURPOSE = "deep-linking-selection";
  static final Duration SELECTION_TTL = Duration.ofMinutes(30);
  static final String RESOURCE_LINK = "ltiResourceLink";
  private static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";

  @Inject ToolTokens tokens;
  @Inject ToolUrls urls;
  @Inject PlatformService platforms;
  @Inject CatalogueService catalogue;
  @Inject Packages packages;
  @Inject Clock clock;

  /** What the selection form shows, and the token it posts back. */
  public record Selection(String token, boolean multiple, List<ModuleSummary> modules) {}

  /** The answer to send the browser back to the platform with. */
  public record Answer(String returnUrl, String jwt) {}

  public Selection begin(UUID platformId, LtiLaunch launch) {
    Platform platform = platforms.byId(platformId)
        .orElseThrow(() -> new LoginRejectedException("unknown-platform", "The platform is no longer registered."));
    LtiLaunch.DeepLinkingSettings settings = launch.deepLinking();
    // §4.4.1: accept_types lists what the platform takes; we can only offer resource links
    if (!settings.acceptTypes().contains(RESOURCE_LINK)) {
      throw new LoginRejectedException("no-acceptable-type",
          "The platform accepts none of the item types this tool offers (ltiResourceLink) in this place.");
    }
    JWTClaimsSet.Builder context = new JWTClaimsSet.Builder()
        .claim("platform", platform.id().toString())
        .claim("deployment", launch.deploymentId())
        .claim("returnUrl", settings.returnUrl())
        .claim("multiple", settings.acceptMultiple())
        .claim("lineItem", settings.acceptLineItem());
    if (settings.data() != null) {
      context.claim("data", settings.data());
    }
    List<ModuleSummary> modules = new ArrayList<>(packages.publishedSummaries(platform.organisationId()));
    modules.addAll(catalogue.installedSummaries());
    return new Selection(tokens.forSelf(PURPOSE, SELECTION_TTL, context), settings.acceptMultiple(), modules);
  }

  public Answer answer(String selectionToken, List<String> moduleIds) {
    JWTClaimsSet context = tokens.verifySelf(selectionToken, PURPOSE);
    try {
      Platform platform = platforms.byId(UUID.fromString(context.getStringClaim("platform")))
          .orElseThrow(() -> new LoginRejectedException("unknown-platform", "The platform is no longer registered."));
      List<String> chosen = new ArrayList<>(new LinkedHashSet<>(moduleIds == null ? List.of() : moduleIds));
      if (chosen.isEmpty()) {
        throw new LoginRejectedException("nothing-selected", "Choose at least one module.");
      }
      if (chosen.size() > 1 && !Boolean.TRUE.equals(context.getBooleanClaim("multiple"))) {
        throw new LoginRejectedException("one-item-only", "This place in the course takes one module; choose one.");
      }
      boolean lineItem = !Boolean.FALSE.equals(context.getBooleanClaim("lineItem"));
      List<Map<String, Object>> items = new ArrayList<>();
      for (String id : chosen) {
        ModuleSummary module = summary(platform.organisationId(), id)
            .orElseThrow(() -> new LoginRejectedException("unknown-module", "There is no module '" + id + "' in the catalogue."));
        items.add(resourceLink(module, lineItem));
      }
      return new Answer(context.getStringClaim("returnUrl"), tokens.sign(response(platform, context, items)));
    } catch (ParseException e) {
      throw new LoginRejectedException("invalid-page-token", "The page token cannot be read.");
    }
  }

  /** A built-in module by slug, or one of the organisation's published packages. */
  private java.util.Optional<ModuleSummary> summary(UUID organisationId, String id) {
    if (id.startsWith(Packages.PACKAGE_SLUG_PREFIX)) {
      return packages.publishedSummaries(organisationId).stream().filter(m -> m.slug().equals(id)).findFirst();
    }
    return catalogue.summary(id);
  }

  // §4.5: the response message, issued by the tool (iss = client_id) to the platform (aud = issuer)
  private JWTClaimsSet response(Platform platform, JWTClaimsSet context, List<Map<String, Object>> items)
      throws ParseException {
    Instant now = clock.instant();
    JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
        .issuer(platform.clientId())
        .audience(platform.issuer())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
        .jwtID(UUID.randomUUID().toString())
        .claim("nonce", UUID.randomUUID().toString())
        .claim("https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiDeepLinkingResponse")
        .claim("https://purl.imsglobal.org/spec/lti/claim/version", "1.3.0")
        .claim("https://purl.imsglobal.org/spec/lti/claim/deployment_id", context.getStringClaim("deployment"))
        .claim(DL + "content_items", items);
    // §4.5.5: data MUST be echoed unchanged when the request carried it
    String data = context.getStringClaim("data");
    if (data != null) {
      claims.claim(DL + "data", data);
    }
    return claims.build();
  }

  private Map<String, Object> resourceLink(ModuleSummary module, boolean withLineItem) {
    String title = module.title("en");
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("type", RESOURCE_LINK);
    item.put("title", title);
    item.put("text", module.durationMinutes() + " min");
    item.put("url", urls.launch());
    item.put("custom", Map.of(LaunchService.MODULE_PARAMETER, module.slug(), "module_version", module.version()));
    if (withLineItem) {
      item.put("lineItem", Map.of("scoreMaximum", 100, "label", title, "resourceId", module.slug(), "tag", "awarehouse"));
    }
    return item;
  }
}
