package org.awarehouse.lti.control;

import java.time.Instant;

/**
 * The nonces of accepted launches, so that a captured id_token cannot be posted twice (Security
 * Framework 1.0 §5.1.3 step 9). Entries may be dropped after {@code expiresAt}: by then the
 * validator rejects the token as expired or issued too long ago anyway.
 */
public interface NonceStore {

  /**
   * Records the nonce atomically; false if it was recorded before for this issuer. Two concurrent
   * calls with the same nonce must not both return true.
   */
  boolean markUsed(String issuer, String nonce, Instant expiresAt);
}
