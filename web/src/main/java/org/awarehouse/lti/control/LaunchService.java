package org.awarehouse.lti.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.awarehouse.lti.entity.LoginState;
import org.awarehouse.lti.entity.Platform;
import org.awarehouse.platform.control.TokenSecrets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The launch: the platform posts the id_token and the state to our redirect URI (Security
 * Framework 1.0 §5.1.2). The state must be one we issued, unspent, unexpired and bound to this
 * browser; the token must pass every check of {@link IdTokenValidator}. Only then is anything
 * about the learner recorded, and then only a pseudonym.
 */
@ApplicationScoped
public class LaunchService {
  /** Custom parameter naming the module a resource link opens (set by our deep-linking answer). */
  public static final String MODULE_PARAMETER = "module";

  @Inject Clock clock;
  @Inject LoginStates states;
  @Inject PlatformService platforms;
  @Inject PlatformKeys keys;
  @Inject ToolUrls urls;
  @Inject LaunchRecords records;
  @Inject PageTokens pageTokens;

  @Inject
  @ConfigProperty(name = "awarehouse.lti.leeway-seconds", defaultValue = "60")
  int leewaySeconds;

  /** How long the page a launch lands on may act for its user. */
  static final Duration PAGE_TOKEN_TTL = Duration.ofMinutes(60);

  /**
   * An accepted launch, as the landing page needs it. {@code pageToken} is a short-lived signed
   * token the page carries in place of a session cookie, which iframes cannot rely on.
   */
  public record Accepted(LtiLaunch launch, UUID organisationId, UUID platformId, String learnerId, String moduleSlug,
      String pageToken) {

    /** The uploaded package the link opens, when its module parameter names one ({@code package:<id>}). */
    public java.util.Optional<UUID> packageId() {
      if (moduleSlug == null || !moduleSlug.startsWith(PACKAGE_PREFIX)) {
        return java.util.Optional.empty();
      }
      try {
        return java.util.Optional.of(UUID.fromString(moduleSlug.substring(PACKAGE_PREFIX.length())));
      } catch (IllegalArgumentException e) {
        return java.util.Optional.empty();
      }
    }
  }

  /** The module parameter of a link to an uploaded package: {@code package:} and the package's id. */
  public static final String PACKAGE_PREFIX = org.awarehouse.content.control.Packages.PACKAGE_SLUG_PREFIX;

  /**
   * What proves that the launch comes from the browser that started the login: the state cookie,
   * or the secret that browser kept in the platform's storage. Either may be null.
   */
  public record BrowserProof(String stateCookie, String storageBinding) {}

  /**
   * Deliberately not one transaction: spending the state, and then recording the launch with its
   * nonce, each take a connection only for their own short transaction, and validation (which may
   * fetch the platform's keys) holds none. Nesting the state's own transaction inside a launch
   * transaction held one connection while waiting for another, and under load the pool ran dry
   * with every connection waiting on itself.
   */
  public Accepted launch(String idToken, String state, BrowserProof proof) {
    if (idToken == null || idToken.isBlank()) {
      throw new LoginRejectedException("missing-id-token", "The launch carries no id_token.");
    }
    if (state == null || state.isBlank()) {
      throw new LoginRejectedException("missing-state", "The launch carries no state.");
    }
    // §5.1.2: the state must be the one this tool sent with the authentication request. It is
    // spent here, before anything else, so that it can never be presented twice.
    LoginState login = states.consume(state)
        .orElseThrow(() -> new LoginRejectedException("unknown-state",
            "This launch answers no login in progress, or its login was used already. Start again from the course."));
    if (login.expiresAt().isBefore(clock.instant())) {
      throw new LoginRejectedException("expired-state", "The login took too long. Start again from the course.");
    }
    requireSameBrowser(login, state, proof);
    Platform platform = platforms.byId(login.platformId())
        .orElseThrow(() -> new LoginRejectedException("unknown-platform", "The platform of this login is no longer registered."));

    IdTokenValidator validator = new IdTokenValidator(clock, Duration.ofSeconds(leewaySeconds),
        IdTokenValidator.DEFAULT_MAX_TOKEN_BYTES);
    DeferredNonce nonce = new DeferredNonce();
    LtiLaunch launch = validator.validate(idToken,
        new IdTokenValidator.Expectation(platform.issuer(), platform.clientId(), platform.deploymentIds(), login.nonce()),
        keys.forUrl(platform.jwksUrl()), nonce);
    if (launch.targetLinkUri() != null && !urls.isOurs(launch.targetLinkUri())) {
      throw new LoginRejectedException("foreign-target-link-uri", "The launch targets a URL outside this tool.");
    }

    String learnerId = records.record(platform, launch, nonce);
    String module = launch.custom().get(MODULE_PARAMETER);
    String contextId = launch.context() == null ? null : launch.context().id();
    String pageToken = pageTokens.issue(new PageTokens.LaunchPage(platform.organisationId(), platform.id(), learnerId,
        contextId, launch.context() == null ? null : launch.context().title(), launch.resourceLinkId(), module,
        launch.isStaff(), launch.locale()));
    return new Accepted(launch, platform.organisationId(), platform.id(), learnerId, module, pageToken);
  }

  /**
   * The state is bound to the browser that started the login, against login CSRF (Security
   * Framework 1.0 §5.1.1.5 and OIDC Core §3.1.2.1): by the state cookie, or, where the platform
   * offered platform storage, by the secret the login page put there.
   */
  private static void requireSameBrowser(LoginState login, String state, BrowserProof proof) {
    if (proof.stateCookie() != null && MessageDigest.isEqual(
        proof.stateCookie().getBytes(StandardCharsets.UTF_8), state.getBytes(StandardCharsets.UTF_8))) {
      return;
    }
    if (login.storageBindingSha256() != null) {
      if (proof.storageBinding() == null || proof.storageBinding().isBlank()) {
        throw new LoginRejectedException("missing-storage-binding",
            "Neither a login cookie nor the platform's storage vouches for this browser. Start again from the course.");
      }
      if (!MessageDigest.isEqual(TokenSecrets.sha256(proof.storageBinding()).getBytes(StandardCharsets.US_ASCII),
          login.storageBindingSha256().getBytes(StandardCharsets.US_ASCII))) {
        throw new LoginRejectedException("storage-binding-mismatch",
            "The platform's storage holds a different login for this browser. Start again from the course.");
      }
      return;
    }
    throw new LoginRejectedException(proof.stateCookie() == null ? "missing-state-cookie" : "state-cookie-mismatch",
        "This browser did not start this login. If your browser blocks cookies in the LMS, open the module in a new window.");
  }
}
