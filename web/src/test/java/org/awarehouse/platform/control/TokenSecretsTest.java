package org.awarehouse.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenSecretsTest {

  @Test
  void secretsAreRecognisableLongAndUnique() {
    String secret = TokenSecrets.newSecret();
    assertTrue(secret.startsWith("awh_"));
    assertEquals(4 + 43, secret.length(), "32 random bytes, base64url without padding");
    assertNotEquals(secret, TokenSecrets.newSecret());
  }

  @Test
  void hashIsHexSha256() {
    // FIPS 180-2 test vector for "abc"
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TokenSecrets.sha256("abc"));
  }
}
