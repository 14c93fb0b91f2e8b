package org.awarehouse.xapi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.awarehouse.platform.control.TokenSecrets;
import org.awarehouse.xapi.entity.XapiCredential;

/**
 * LRS credentials: HTTP Basic key and secret (xAPI 1.0.3 Communication §4), per organisation, with
 * read and write permission. The secret is random, shown once, and kept only as its SHA-256.
 */
@ApplicationScoped
public class XapiCredentials {

  static final Duration REMEMBERED = Duration.ofSeconds(30);
  static final int MAX_REMEMBERED = 10_000;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Instance<LaunchSessions> sessions;
  private final Map<String, Remembered> recent = new ConcurrentHashMap<>();

  /** A credential as issued: the entity, and its secret, which is never shown again. */
  public record Issued(XapiCredential credential, String secret) {}

  /**
   * Who is calling the LRS. {@code session} is null for key credentials; a launch session's
   * auth-token (cmi5 section 8.2) carries the session it is bound to.
   */
  public record Authenticated(UUID credentialId, UUID organisationId, String name, String key, boolean canRead,
      boolean canWrite, SessionScope session) {

    public Authenticated(UUID credentialId, UUID organisationId, String name, String key, boolean canRead,
        boolean canWrite) {
      this(credentialId, organisationId, name, key, canRead, canWrite, null);
    }
  }

  /** What a launch session's token may speak for: one learner, registration, AU activity and session. */
  public record SessionScope(UUID sessionId, JsonObject actor, UUID registration, String activityId) {}

  @Transactional
  public Issued issue(UUID organisationId, String name, boolean canRead, boolean canWrite) {
    String key = "awx_" + TokenSecrets.random256().substring(0, 24);
    String secret = TokenSecrets.random256();
    XapiCredential credential = new XapiCredential(organisationId, name, key, TokenSecrets.sha256(secret), canRead,
        canWrite, clock.instant());
    em.persist(credential);
    return new Issued(credential, secret);
  }

  @Transactional
  public List<XapiCredential> list(UUID organisationId) {
    return em.createQuery("select c from XapiCredential c where c.organisationId = :org order by c.createdAt",
            XapiCredential.class)
        .setParameter("org", organisationId)
        .getResultList();
  }

  @Transactional
  public void revoke(UUID organisationId, UUID id) {
    XapiCredential credential = em.find(XapiCredential.class, id);
    if (credential == null || !credential.organisationId().equals(organisationId)) {
      throw new UnknownCredentialException(id);
    }
    credential.revoke(clock.instant());
    recent.values().removeIf(r -> r.credential().credentialId().equals(id));
  }

  /**
   * The credential with this key and secret, unless unknown, wrong or revoked. Every statement
   * request authenticates, so each node remembers a successful check for {@link #REMEMBERED}; a
   * revocation applies at once on the node that made it and within that time on the others.
   */
  public Optional<Authenticated> authenticate(String key, String secret) {
    if (key.startsWith(LaunchSessions.KEY_PREFIX)) {
      // not remembered: a session ends (terminated, abandoned) at a moment the rules must see
      return sessions.isResolvable() ? sessions.get().authenticate(key, secret) : Optional.empty();
    }
    String fingerprint = TokenSecrets.sha256(key + ":" + secret);
    Remembered remembered = recent.get(fingerprint);
    if (remembered != null && remembered.until().isAfter(clock.instant())) {
      return Optional.of(remembered.credential());
    }
    Optional<Authenticated> found = lookUp(key, secret);
    found.ifPresentOrElse(
        credential -> {
          if (recent.size() > MAX_REMEMBERED) {
            recent.clear();
          }
          recent.put(fingerprint, new Remembered(credential, clock.instant().plus(REMEMBERED)));
        },
        () -> recent.remove(fingerprint));
    return found;
  }

  private record Remembered(Authenticated credential, Instant until) {}

  /** A read without a transaction of its own: the persistence context lasts for this query. */
  private Optional<Authenticated> lookUp(String key, String secret) {
    return em.createQuery("select c from XapiCredential c where c.apiKey = :key and c.revokedAt is null",
            XapiCredential.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst()
        .filter(c -> MessageDigest.isEqual(TokenSecrets.sha256(secret).getBytes(StandardCharsets.US_ASCII),
            c.secretSha256().getBytes(StandardCharsets.US_ASCII)))
        .map(c -> new Authenticated(c.id(), c.organisationId(), c.name(), c.apiKey(), c.canRead(), c.canWrite()));
  }
}
