package org.awarehouse.lti.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.awarehouse.lti.control.IdTokenValidator.Expectation;
import org.awarehouse.lti.control.LaunchTokens.Keys;
import org.awarehouse.lti.control.LaunchTokens.Nonces;

/**
 * A validator at {@link LaunchTokens#NOW} with a minute of leeway, the test platform's key and
 * the expectation its tokens meet. Tests change the parts they are about.
 */
final class ValidationFixture {
  static final Duration LEEWAY = Duration.ofSeconds(60);

  Keys keys = Keys.of(LaunchTokens.PLATFORM_KEY.toPublicJWK());
  Nonces nonces = new Nonces();
  Expectation expected =
      new Expectation(
          LaunchTokens.ISSUER,
          LaunchTokens.CLIENT_ID,
          LaunchTokens.deployments(),
          LaunchTokens.NONCE);
  IdTokenValidator validator =
      new IdTokenValidator(
          Clock.fixed(LaunchTokens.NOW, ZoneOffset.UTC),
          LEEWAY,
          IdTokenValidator.DEFAULT_MAX_TOKEN_BYTES);

  LtiLaunch accept(String token) {
    return validator.validate(token, expected, keys, nonces);
  }

  /** Asserts the token is rejected for the given rule and returns the rejection. */
  LaunchRejectedException reject(String rule, String token) {
    LaunchRejectedException rejection =
        assertThrows(
            LaunchRejectedException.class,
            () -> validator.validate(token, expected, keys, nonces));
    assertEquals(rule, rejection.rule(), rejection.getMessage());
    return rejection;
  }
}
