package org.awarehouse.platform.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

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
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String sha256(String secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
