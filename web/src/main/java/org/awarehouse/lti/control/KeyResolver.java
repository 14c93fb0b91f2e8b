package org.awarehouse.lti.control;

import com.nimbusds.jose.jwk.JWK;
import java.util.Optional;

/**
 * The public keys of one platform registration, by {@code kid}. The implementation owns caching
 * of the platform's key set and limits how often {@link #refetch} really fetches it, since any
 * caller can send a token with an invented kid.
 */
public interface KeyResolver {

  /** The key with this kid from the cached key set, if it is there. */
  Optional<JWK> key(String kid);

  /**
   * The key with this kid after fetching the key set again: Security Framework 1.0 §6.4 has a
   * platform rotate by adding a key under a new kid, so an unknown kid may mean a stale cache. The
   * validator calls this at most once per token, and only after {@link #key} found nothing.
   */
  Optional<JWK> refetch(String kid);
}
