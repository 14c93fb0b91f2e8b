package org.awarehouse.lti.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.awarehouse.lti.entity.ToolKey;

/**
 * The tool's RSA signing keys (Security Framework 1.0 §6: keys published as a JWK Set). There is
 * always one CURRENT key that signs and one NEXT key already published; rotation promotes NEXT,
 * makes a new NEXT, and keeps the old key published for an overlap period so that tokens signed
 * just before still verify.
 */
@ApplicationScoped
public class ToolKeyService {
  private static final Logger LOG = Logger.getLogger(ToolKeyService.class.getName());
  /** How long a retired key stays in the JWKS: longer than any platform caches our keys. */
  static final Duration RETIRED_OVERLAP = Duration.ofDays(2);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject KeyEncryptionKeySource encryptionKey;

  /**
   * How long a node serves its copy of the public key set. Safe across nodes: a key is published
   * as NEXT long before it signs, so a copy this old already holds every key that signs now.
   */
  static final Duration PUBLISHED_TTL = Duration.ofSeconds(30);

  private final Map<String, RSAKey> decrypted = new ConcurrentHashMap<>();
  private volatile Published published;

  private record Published(JWKSet keys, Instant readAt) {}

  /** Makes sure a CURRENT and a NEXT key exist; nodes starting together take turns. */
  @Transactional
  public void ensureKeys() {
    em.createNativeQuery("select get_lock('awarehouse.tool-keys', 60)").getSingleResult();
    try {
      Instant now = clock.instant();
      if (byStatus(ToolKey.Status.CURRENT).isEmpty()) {
        ToolKey first = byStatus(ToolKey.Status.NEXT).stream().findFirst().orElseGet(() -> create(now));
        first.activate(now);
        LOG.info("Tool signing key " + first.kid() + " is current");
      }
      if (byStatus(ToolKey.Status.NEXT).isEmpty()) {
        create(now);
      }
      em.flush();
      published = null;
    } finally {
      em.createNativeQuery("select release_lock('awarehouse.tool-keys')").getSingleResult();
    }
  }

  /**
   * Rotates when the current key has signed for longer than {@code period}; every node may call
   * it, and the lock plus the age check make only the first one rotate.
   */
  @Transactional
  public boolean rotateIfOlderThan(Duration period) {
    boolean due = byStatus(ToolKey.Status.CURRENT).stream()
        .allMatch(k -> k.activatedAt() == null || k.activatedAt().plus(period).isBefore(clock.instant()));
    if (due) {
      rotate();
    }
    return due;
  }

  /** Promotes NEXT to CURRENT, retires the old CURRENT, and publishes a fresh NEXT. */
  @Transactional
  public String rotate() {
    em.createNativeQuery("select get_lock('awarehouse.tool-keys', 60)").getSingleResult();
    try {
      Instant now = clock.instant();
      byStatus(ToolKey.Status.CURRENT).forEach(k -> k.retire(now));
      ToolKey next = byStatus(ToolKey.Status.NEXT).stream().findFirst().orElseGet(() -> create(now));
      next.activate(now);
      create(now);
      em.flush();
      published = null;
      LOG.info("Rotated tool signing keys: " + next.kid() + " is now current");
      return next.kid();
    } finally {
      em.createNativeQuery("select release_lock('awarehouse.tool-keys')").getSingleResult();
    }
  }

  /** The key every outgoing JWT is signed with. */
  @Transactional
  public RSAKey signingKey() {
    ToolKey current = byStatus(ToolKey.Status.CURRENT).stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("No current tool key; ensureKeys() has not run"));
    return decrypted.computeIfAbsent(current.kid(), kid -> parsePrivate(current));
  }

  /**
   * Public keys only: CURRENT, NEXT, and RETIRED ones still within the overlap. No transaction of
   * its own: most calls are served from the copy, and the occasional read needs none.
   */
  public JWKSet publicJwks() {
    Published copy = published;
    Instant now = clock.instant();
    if (copy != null && copy.readAt().plus(PUBLISHED_TTL).isAfter(now)) {
      return copy.keys();
    }
    JWKSet keys = readPublished(now);
    published = new Published(keys, now);
    return keys;
  }

  private JWKSet readPublished(Instant now) {
    Instant cutoff = now.minus(RETIRED_OVERLAP);
    List<JWK> keys = em.createQuery(
            "select k from ToolKey k where k.status <> :retired or k.retiredAt > :cutoff order by k.createdAt", ToolKey.class)
        .setParameter("retired", ToolKey.Status.RETIRED)
        .setParameter("cutoff", cutoff)
        .getResultStream()
        .map(ToolKeyService::parsePublic)
        .toList();
    return new JWKSet(keys);
  }

  private List<ToolKey> byStatus(ToolKey.Status status) {
    return em.createQuery("select k from ToolKey k where k.status = :status order by k.createdAt", ToolKey.class)
        .setParameter("status", status)
        .getResultList();
  }

  private ToolKey create(Instant now) {
    try {
      RSAKey key = new RSAKeyGenerator(2048)
          .keyID(UUID.randomUUID().toString())
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .generate();
      ToolKey stored = new ToolKey(key.getKeyID(), key.toPublicJWK().toJSONString(),
          encryptionKey.encryption().encrypt(key.toJSONString()), now);
      em.persist(stored);
      return stored;
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot generate an RSA key", e);
    }
  }

  private RSAKey parsePrivate(ToolKey key) {
    try {
      return RSAKey.parse(encryptionKey.encryption().decrypt(key.privateJwe()));
    } catch (ParseException e) {
      throw new IllegalStateException("Tool key " + key.kid() + " is not a valid JWK", e);
    }
  }

  private static JWK parsePublic(ToolKey key) {
    try {
      return RSAKey.parse(key.publicJwk());
    } catch (ParseException e) {
      throw new IllegalStateException("Tool key " + key.kid() + " is not a valid JWK", e);
    }
  }
}
