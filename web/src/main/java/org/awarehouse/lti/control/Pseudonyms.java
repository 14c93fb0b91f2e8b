package org.awarehouse.lti.control;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Learner ids that name no one: HMAC-SHA256 under the organisation's secret of the platform's
 * issuer and user id. Stable for the same person on the same platform, unlinkable across
 * organisations, and not reversible without the secret.
 */
public final class Pseudonyms {

  private Pseudonyms() {}

  public static String learnerId(byte[] organisationSecret, String issuer, String subject) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(organisationSecret, "HmacSHA256"));
      byte[] digest = mac.doFinal((issuer + "\n" + subject).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
    }
  }
}
