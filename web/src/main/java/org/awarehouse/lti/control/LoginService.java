package org.awarehouse.lti.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.awarehouse.lti.entity.LoginState;
import org.awarehouse.lti.entity.Platform;
import org.awarehouse.platform.control.TokenSecrets;

/**
 * Third-party initiated login (Security Framework 1.0 §5.1.1; LTI Core 1.3 §4.1): checks the
 * initiation, stores state and nonce in the database so that any node can answer the launch, and
 * builds the authentication request that sends the browser to the platform.
 */
@ApplicationScoped
public class LoginService {
  /** How long a person may take between the login redirect and the launch post. */
  static final Duration STATE_TTL = Duration.ofMinutes(10);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject PlatformService platforms;
  @Inject ToolUrls urls;

  /** Longest frame name accepted in {@code lti_storage_target}; real platforms use a few words. */
  static final int MAX_STORAGE_TARGET = 200;

  /**
   * The parameters of a login initiation, as the platform sent them. {@code storageTarget} is the
   * {@code lti_storage_target} of LTI Client Side postMessages: the frame that offers platform
   * storage, or null.
   */
  public record Initiation(
      String issuer, String loginHint, String targetLinkUri, String messageHint, String clientId, String deploymentId,
      String storageTarget) {}

  /**
   * Where to send the browser, and the state to bind to it. With platform storage, the login page
   * first puts {@code storageValue} under {@code storageKey} in the frame {@code storageTarget}
   * of {@code platformOrigin}; these three are null otherwise.
   */
  public record Redirect(
      String location, String state, String storageTarget, String storageKey, String storageValue,
      String platformOrigin) {

    public boolean usesPlatformStorage() {
      return storageTarget != null;
    }
  }

  /** The key under which the login page stores a state's binding secret in platform storage. */
  public static String storageKey(String state) {
    return "awarehouse_state_" + state;
  }

  @Transactional
  public Redirect initiate(Initiation login) {
    // §5.1.1: iss, login_hint and target_link_uri are REQUIRED in the initiation
    require(login.issuer(), "missing-iss", "The login request has no iss (issuer).");
    require(login.loginHint(), "missing-login-hint", "The login request has no login_hint.");
    require(login.targetLinkUri(), "missing-target-link-uri", "The login request has no target_link_uri.");
    // The tool MUST NOT redirect to a target outside itself: no open redirect through our login.
    if (!urls.isOurs(login.targetLinkUri())) {
      throw new LoginRejectedException("foreign-target-link-uri",
          "The target_link_uri does not point at this tool (" + urls.base() + ").");
    }
    Platform platform = platforms.forLogin(login.issuer(), blankToNull(login.clientId()))
        .orElseThrow(() -> new LoginRejectedException("unknown-platform",
            "No active platform registration matches this issuer" + (login.clientId() == null ? "" : " and client id")
                + ". An administrator registers the platform first."));
    if (login.deploymentId() != null && !platform.deploymentIds().contains(login.deploymentId())) {
      throw new LoginRejectedException("unknown-deployment",
          "The deployment id in the login request is not registered for this platform.");
    }

    String storageTarget = blankToNull(login.storageTarget());
    if (storageTarget != null && storageTarget.length() > MAX_STORAGE_TARGET) {
      throw new LoginRejectedException("invalid-storage-target", "The lti_storage_target names no usable frame.");
    }

    String state = TokenSecrets.random256();
    String nonce = TokenSecrets.random256();
    Instant now = clock.instant();
    LoginState stored = new LoginState(TokenSecrets.sha256(state), platform.id(), nonce, login.targetLinkUri(), now,
        now.plus(STATE_TTL));
    // Client Side postMessages: where third-party cookies are blocked, the browser keeps a secret
    // in the platform's storage instead. It never travels to the platform's server, so a state and
    // id_token leaked from a URL or log cannot complete a launch in another browser.
    String binding = storageTarget == null ? null : TokenSecrets.random256();
    if (binding != null) {
      stored.boundInPlatformStorage(storageTarget, TokenSecrets.sha256(binding));
    }
    em.persist(stored);

    // §5.1.1.2: the authentication request, sent as a GET to the platform's OIDC endpoint
    Map<String, String> query = new LinkedHashMap<>();
    query.put("scope", "openid");
    query.put("response_type", "id_token");
    query.put("response_mode", "form_post");
    query.put("prompt", "none");
    query.put("client_id", platform.clientId());
    query.put("redirect_uri", urls.launch());
    query.put("login_hint", login.loginHint());
    query.put("state", state);
    query.put("nonce", nonce);
    if (login.messageHint() != null) {
      query.put("lti_message_hint", login.messageHint());
    }
    String separator = platform.authUrl().contains("?") ? "&" : "?";
    String location = platform.authUrl() + separator + encode(query);
    return binding == null
        ? new Redirect(location, state, null, null, null, null)
        : new Redirect(location, state, storageTarget, storageKey(state), binding, PlatformUrls.origin(platform.authUrl()));
  }

  /**
   * The frame and origin to ask for a state's binding secret when the launch arrived without the
   * state cookie; empty when the login did not use platform storage or is unknown or spent.
   */
  @Transactional
  public Optional<StorageLookup> storageLookup(String state) {
    LoginState login = em.find(LoginState.class, TokenSecrets.sha256(state));
    if (login == null || login.storageTarget() == null || login.expiresAt().isBefore(clock.instant())) {
      return Optional.empty();
    }
    return platforms.byId(login.platformId())
        .map(p -> new StorageLookup(login.storageTarget(), storageKey(state), PlatformUrls.origin(p.authUrl())));
  }

  /**
   * Where the launch page finds a state's binding secret in platform storage. Messages go to the
   * origin of the platform's OIDC authorization URL, as Client Side postMessages asks.
   */
  public record StorageLookup(String target, String key, String platformOrigin) {}

  /** Removes login states whose time is up; any node may run it. */
  @Transactional
  public int purgeExpired() {
    return em.createQuery("delete from LoginState s where s.expiresAt < :now")
        .setParameter("now", clock.instant())
        .executeUpdate();
  }

  private static String encode(Map<String, String> query) {
    return query.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static void require(String value, String rule, String detail) {
    if (value == null || value.isBlank()) {
      throw new LoginRejectedException(rule, detail);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

}
