package org.awarehouse.xapi.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Index keys for IRIs and agents: the first 16 bytes of the SHA-256 of a canonical string. Long
 * IRIs then index in fixed, small columns; 128 bits leave accidental collisions out of reach.
 */
public final class XapiKeys {
  public static final int BYTES = 16;

  private XapiKeys() {}

  /** A digest per thread: looking one up through the providers costs more than hashing a key. */
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  });

  public static byte[] of(String canonical) {
    return Arrays.copyOf(SHA_256.get().digest(canonical.getBytes(StandardCharsets.UTF_8)), BYTES);
  }

  /**
   * The inverse functional identifier of an Agent or identified Group as one string (xAPI 1.0.3
   * Data §2.4.2.3): two agents are the same exactly when these strings are equal. Empty for an
   * anonymous group.
   */
  public static Optional<String> identifier(JsonObject agent) {
    if (agent.get("mbox") instanceof jakarta.json.JsonString mbox) {
      return Optional.of("mbox:" + mbox.getString().toLowerCase(Locale.ROOT));
    }
    if (agent.get("mbox_sha1sum") instanceof jakarta.json.JsonString sha1) {
      return Optional.of("mbox_sha1sum:" + sha1.getString().toLowerCase(Locale.ROOT));
    }
    if (agent.get("openid") instanceof jakarta.json.JsonString openid) {
      return Optional.of("openid:" + openid.getString());
    }
    JsonValue account = agent.get("account");
    if (account instanceof JsonObject a) {
      return Optional.of("account:" + a.getString("homePage", "") + "|" + a.getString("name", ""));
    }
    return Optional.empty();
  }
}
