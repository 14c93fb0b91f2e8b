package org.awarehouse.lti.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import jakarta.inject.Inject;
import org.awarehouse.platform.control.TokenSecrets;

/**
 * The replay store in MariaDB, shared by every node: a nonce is used when its row exists. The
 * primary key makes two concurrent launches with one nonce race to a single winner.
 */
@ApplicationScoped
public class DatabaseNonceStore implements NonceStore {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** Joins the transaction that records the launch, so both happen or neither. */
  @Override
  @Transactional
  public boolean markUsed(String issuer, String nonce, Instant expiresAt) {
    int inserted = em.createNativeQuery(
            "insert ignore into lti_used_nonce (nonce_sha256, expires_at) values (?1, ?2)")
        .setParameter(1, TokenSecrets.sha256(issuer + "\n" + nonce))
        .setParameter(2, expiresAt)
        .executeUpdate();
    return inserted == 1;
  }

  /** Drops nonces no token can carry any more. */
  @Transactional
  public int purgeExpired() {
    return em.createNativeQuery("delete from lti_used_nonce where expires_at < ?1")
        .setParameter(1, clock.instant())
        .executeUpdate();
  }
}
