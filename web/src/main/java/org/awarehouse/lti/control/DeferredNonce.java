package org.awarehouse.lti.control;

import java.time.Instant;

/**
 * A nonce store that only remembers what the validator asked for, so that the nonce is written
 * in the transaction that records the launch: the launch is accepted exactly when its nonce is
 * used, and validation never holds a database connection while it may fetch a platform's keys.
 */
final class DeferredNonce implements NonceStore {
  private String issuer;
  private String nonce;
  private Instant expiresAt;

  @Override
  public boolean markUsed(String issuer, String nonce, Instant expiresAt) {
    this.issuer = issuer;
    this.nonce = nonce;
    this.expiresAt = expiresAt;
    return true;
  }

  /** Marks the remembered nonce used in {@code store}; false if it was used before. */
  boolean commitTo(NonceStore store) {
    if (nonce == null) {
      throw new IllegalStateException("The validator accepted a token without checking its nonce");
    }
    return store.markUsed(issuer, nonce, expiresAt);
  }
}
