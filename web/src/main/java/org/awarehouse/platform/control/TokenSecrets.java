package org.awarehouse.platform.control;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Makes and hashes API token secrets. A secret has 256 random bits, so a single SHA-256 is enough
 * to store it safely: unlike a password there is nothing to guess, and the lookup stays one index
 * probe per request.
 */
public final class TokenSecrets {
  /** Recognisable prefix, so that secret scanners and people can tell what leaked. */
  public static final String PREFIX = "awh_";

  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenSecrets() {}

  public static String newSecret() {
    return PREFIX + random256();
  }

  /** 256 random bits, base64url without padding (43 characters): for secrets, states, nonces. */
  public static String random256() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** How a secret is stored and looked up. */
  public static String sha256(String secret) {
    return Sha256.hex(secret);
  }
}
