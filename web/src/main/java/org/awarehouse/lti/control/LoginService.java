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

  /** The parameters of a login initiation, as the platform sent them. */
  public record Initiation(
      String issuer, String loginHint, String targetLinkUri, String messageHint, String clientId, String deploymentId) {}

  /** Where to send the browser, and the state to bind to it. */
  public record Redirect(String location, String state) {}

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

    String state = TokenSecrets.random256();
    String nonce = TokenSecrets.random256();
    Instant now = clock.instant();
    em.persist(new LoginState(TokenSecrets.sha256(state), platform.id(), nonce, login.targetLinkUri(), now,
        now.plus(STATE_TTL)));

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
    return new Redirect(platform.authUrl() + separator + encode(query), state);
  }

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
