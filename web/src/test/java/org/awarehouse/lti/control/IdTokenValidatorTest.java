package org.awarehouse.lti.control;

import static org.awarehouse.lti.control.LaunchTokens.CLIENT_ID;
import static org.awarehouse.lti.control.LaunchTokens.ISSUER;
import static org.awarehouse.lti.control.LaunchTokens.NONCE;
import static org.awarehouse.lti.control.LaunchTokens.NOW;
import static org.awarehouse.lti.control.LaunchTokens.resourceLink;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.awarehouse.lti.control.IdTokenValidator.Expectation;
import org.junit.jupiter.api.Test;

/** Security Framework 1.0 §5.1.3 steps 2 to 5 and 7 to 9: for whom, when, and only once. */
class IdTokenValidatorTest {
  private final ValidationFixture fixture = new ValidationFixture();

  @Test
  void rejectsOtherIssuer() {
    fixture.reject("wrong-issuer", resourceLink().claim("iss", "https://evil.example").sign());
  }

  @Test
  void rejectsIssuerDifferingOnlyInCase() {
    fixture.reject("wrong-issuer", resourceLink().claim("iss", "https://LMS.example.edu").sign());
  }

  @Test
  void rejectsIssuerWithTrailingSlash() {
    fixture.reject("wrong-issuer", resourceLink().claim("iss", ISSUER + "/").sign());
  }

  @Test
  void rejectsAudienceWithoutOurClientId() {
    fixture.reject("wrong-audience", resourceLink().claim("aud", "another-tool").sign());
  }

  @Test
  void rejectsMissingAudience() {
    fixture.reject("wrong-audience", resourceLink().without("aud").sign());
  }

  @Test
  void acceptsAudienceArrayOfOnlyOurClientIdWithoutAzp() {
    fixture.accept(resourceLink().claim("aud", List.of(CLIENT_ID)).sign());
  }

  @Test
  void rejectsSeveralAudiencesWithoutAzp() {
    fixture.reject(
        "azp-missing", resourceLink().claim("aud", List.of(CLIENT_ID, "another-tool")).sign());
  }

  @Test
  void acceptsSeveralAudiencesWhenAzpIsOurClientId() {
    fixture.accept(
        resourceLink()
            .claim("aud", List.of("another-tool", CLIENT_ID))
            .claim("azp", CLIENT_ID)
            .sign());
  }

  @Test
  void rejectsSeveralAudiencesWhenAzpIsAnotherParty() {
    fixture.reject(
        "azp-mismatch",
        resourceLink()
            .claim("aud", List.of(CLIENT_ID, "another-tool"))
            .claim("azp", "another-tool")
            .sign());
  }

  @Test
  void rejectsAzpOfAnotherPartyWithOneAudience() {
    fixture.reject("azp-mismatch", resourceLink().claim("azp", "another-tool").sign());
  }

  @Test
  void rejectsExpiredToken() {
    fixture.reject("expired", resourceLink().claim("exp", epoch(NOW.minusSeconds(61))).sign());
  }

  @Test
  void rejectsTokenExpiringExactlyWhenTheLeewayEnds() {
    fixture.reject("expired", resourceLink().claim("exp", epoch(NOW.minusSeconds(60))).sign());
  }

  @Test
  void acceptsTokenExpiredWithinTheLeeway() {
    fixture.accept(resourceLink().claim("exp", epoch(NOW.minusSeconds(30))).sign());
  }

  @Test
  void rejectsMissingExp() {
    fixture.reject("missing-claim", resourceLink().without("exp").sign());
  }

  @Test
  void rejectsIatInTheFutureBeyondTheLeeway() {
    fixture.reject(
        "issued-in-future", resourceLink().claim("iat", epoch(NOW.plusSeconds(61))).sign());
  }

  @Test
  void acceptsIatInTheFutureWithinTheLeeway() {
    fixture.accept(resourceLink().claim("iat", epoch(NOW.plusSeconds(30))).sign());
  }

  @Test
  void rejectsMissingIat() {
    fixture.reject("missing-claim", resourceLink().without("iat").sign());
  }

  @Test
  void rejectsIatOlderThanTenMinutesEvenBeforeExp() {
    fixture.reject(
        "issued-too-long-ago",
        resourceLink()
            .claim("iat", epoch(NOW.minus(Duration.ofMinutes(11))))
            .claim("exp", epoch(NOW.plus(Duration.ofHours(1))))
            .sign());
  }

  @Test
  void acceptsIatNineMinutesAgo() {
    fixture.accept(resourceLink().claim("iat", epoch(NOW.minus(Duration.ofMinutes(9)))).sign());
  }

  @Test
  void rejectsNotBeforeInTheFuture() {
    fixture.reject("not-yet-valid", resourceLink().claim("nbf", epoch(NOW.plusSeconds(120))).sign());
  }

  @Test
  void rejectsMissingNonce() {
    fixture.reject("missing-claim", resourceLink().without("nonce").sign());
  }

  @Test
  void rejectsNonceOfAnotherLogin() {
    fixture.reject("nonce-mismatch", resourceLink().claim("nonce", "other-login").sign());
  }

  @Test
  void rejectsLaunchWhenNoLoginStoredANonce() {
    fixture.expected = new Expectation(ISSUER, CLIENT_ID, LaunchTokens.deployments(), null);
    fixture.reject("nonce-mismatch", resourceLink().sign());
  }

  @Test
  void rejectsNonceThatIsNotAString() {
    fixture.reject("malformed-claim", resourceLink().claim("nonce", 42).sign());
  }

  @Test
  void rejectsTheSameTokenTheSecondTime() {
    String token = resourceLink().sign();
    fixture.accept(token);
    fixture.reject("nonce-replayed", token);
  }

  @Test
  void rejectedTokenDoesNotUseUpItsNonce() {
    fixture.reject(
        "unknown-deployment",
        resourceLink().claim(LaunchTokens.LTI + "deployment_id", "unknown").sign());
    fixture.accept(resourceLink().sign());
  }

  @Test
  void keepsTheNonceUntilExpiryPlusLeewayWhenThatComesFirst() {
    fixture.accept(resourceLink().sign()); // exp is NOW + 5 min, iat NOW - 5 s
    assertEquals(NOW.plus(Duration.ofMinutes(6)), fixture.nonces.used.get(ISSUER + " " + NONCE));
  }

  @Test
  void keepsTheNonceUntilMaximumAgeWhenThatComesFirst() {
    fixture.accept(resourceLink().claim("exp", epoch(NOW.plus(Duration.ofHours(1)))).sign());
    Instant issued = NOW.minusSeconds(5);
    assertEquals(
        issued.plus(IdTokenValidator.DEFAULT_MAX_AGE),
        fixture.nonces.used.get(ISSUER + " " + NONCE));
  }

  @Test
  void claimRejectionIs400() {
    LaunchRejectedException rejection =
        fixture.reject("missing-claim", resourceLink().without("nonce").sign());
    assertEquals(400, rejection.status());
  }

  private static long epoch(Instant instant) {
    return instant.getEpochSecond();
  }
}
