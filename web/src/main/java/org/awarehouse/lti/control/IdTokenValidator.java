package org.awarehouse.lti.control;

import static org.awarehouse.lti.control.LaunchRejectedException.Rule.AZP_MISMATCH;
import static org.awarehouse.lti.control.LaunchRejectedException.Rule.AZP_MISSING;
import static org.awarehouse.lti.control.LaunchRejectedException.Rule.EXPIRED;
import static org.awarehouse.lti.control.LaunchRejectedException.Rule.ISSUED_IN_FUTURE;
import static org.awarehouse.lti.control.LaunchRejectedException.Rule.ISSUED_TOO_LONG_AGO;
import static org.awarehouse.lti.control.LaunchRejectedException.Rule.MISSING_CLAIM;
import static org.awarehouse.lti.control.LaunchRejectedException.Rule.NONCE_MISMATCH;
import static org.awarehouse.lti.control.LaunchRejectedException.Rule.NONCE_REPLAYED;
import static org.awarehouse.lti.control.LaunchRejectedException.Rule.NOT_YET_VALID;
import static org.awarehouse.lti.control.LaunchRejectedException.Rule.WRONG_AUDIENCE;
import static org.awarehouse.lti.control.LaunchRejectedException.Rule.WRONG_ISSUER;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Validates the id_token of an LTI 1.3 launch as 1EdTech Security Framework 1.0 §5.1.3
 * "Authentication Response Validation" demands, then its LTI message claims (LTI Core 1.3 §5.3,
 * Deep Linking 2.0 §4.4). Every failure is a {@link LaunchRejectedException} naming the rule.
 *
 * <p>The validator holds no state: the caller supplies the platform registration's expectations,
 * its keys and the nonce store, so one instance serves every platform.
 */
public final class IdTokenValidator {
  public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(10);
  public static final int DEFAULT_MAX_TOKEN_BYTES = 64 * 1024;

  private static final String SF = "1EdTech Security Framework 1.0 ";
  private static final String STEP = SF + "§5.1.3 step ";

  private final Clock clock;
  private final Duration leeway;
  private final Duration maxAge;
  private final JwsVerifier jws;

  /**
   * What the launch must match: the platform registration and the login that asked for it.
   *
   * @param expectedNonce the nonce stored with the login state; null when there is no login to
   *     match, which rejects the launch
   */
  public record Expectation(
      String issuer, String clientId, Set<String> deploymentIds, String expectedNonce) {
    public Expectation {
      Objects.requireNonNull(issuer, "issuer");
      Objects.requireNonNull(clientId, "clientId");
      deploymentIds = Set.copyOf(deploymentIds);
    }
  }

  /** With {@link #DEFAULT_MAX_AGE} as the oldest acceptable iat. */
  public IdTokenValidator(Clock clock, Duration leeway, int maxTokenBytes) {
    this(clock, leeway, DEFAULT_MAX_AGE, maxTokenBytes);
  }

  /**
   * @param leeway clock skew tolerated on exp, nbf and iat; §5.1.2 suggests "no more than a few
   *     minutes"
   * @param maxAge the oldest iat accepted, which also bounds how long nonces are kept
   * @param maxTokenBytes the largest id_token read at all
   */
  public IdTokenValidator(Clock clock, Duration leeway, Duration maxAge, int maxTokenBytes) {
    this.clock = Objects.requireNonNull(clock);
    this.leeway = Objects.requireNonNull(leeway);
    this.maxAge = Objects.requireNonNull(maxAge);
    this.jws = new JwsVerifier(maxTokenBytes);
  }

  /**
   * Validates the token and returns the launch it carries. The nonce is used up only by an
   * accepted launch, so validating the same token twice fails the second time.
   */
  public LtiLaunch validate(
      String idToken, Expectation expected, KeyResolver keys, NonceStore nonces) {
    JWTClaimsSet claims = jws.verify(idToken, keys); // steps 1 and 6
    requireIssuer(claims, expected);
    requireAudience(claims, expected);
    Instant usableUntil = requireFresh(claims);
    String nonce = requireNonce(claims, expected);
    LtiLaunch launch = LtiMessageClaims.read(claims, expected.deploymentIds());
    // step 9: "SHOULD verify that it has not yet received this nonce value"; kept as long as a
    // token carrying it could pass the time checks above
    if (!nonces.markUsed(expected.issuer(), nonce, usableUntil)) {
      throw nonceReplayed();
    }
    return launch;
  }

  /** The rejection of a nonce that an earlier launch used (step 9). */
  static LaunchRejectedException nonceReplayed() {
    return new LaunchRejectedException(
        NONCE_REPLAYED, STEP + 9, "This id_token's nonce was already used by an earlier launch.");
  }

  // step 2: the registered issuer "MUST exactly match" iss, so no case folding or trimming
  private static void requireIssuer(JWTClaimsSet claims, Expectation expected) {
    if (!expected.issuer().equals(claims.getIssuer())) {
      throw new LaunchRejectedException(
          WRONG_ISSUER,
          STEP + 2,
          "The id_token's iss is not the issuer registered for this platform, "
              + expected.issuer()
              + ".");
    }
  }

  // step 3: aud must contain our client_id. Other audiences are trusted only when azp names us
  // (steps 4 and 5), since then the platform says the token was issued to this tool.
  private static void requireAudience(JWTClaimsSet claims, Expectation expected) {
    List<String> audience = claims.getAudience();
    if (!audience.contains(expected.clientId())) {
      throw new LaunchRejectedException(
          WRONG_AUDIENCE,
          STEP + 3,
          "The id_token's aud does not contain this tool's client_id, " + expected.clientId() + ".");
    }
    String azp = new ClaimReader(claims.getClaims()).optionalString("azp", SF + "§5.1.2");
    if (audience.size() > 1 && azp == null) {
      throw new LaunchRejectedException(
          AZP_MISSING, STEP + 4, "The id_token names several audiences but no azp.");
    }
    if (azp != null && !azp.equals(expected.clientId())) {
      throw new LaunchRejectedException(
          AZP_MISMATCH,
          STEP + 5,
          "The id_token's azp is not this tool's client_id, " + expected.clientId() + ".");
    }
  }

  /** Steps 7 and 8 and RFC 7519 §4.1.5; returns the last instant the token passes them. */
  private Instant requireFresh(JWTClaimsSet claims) {
    Instant now = clock.instant();
    Instant expires = required(claims.getExpirationTime(), "exp", STEP + 7);
    Instant issued = required(claims.getIssueTime(), "iat", SF + "§5.1.2");
    // step 7: "The current time MUST be before the time represented by the exp Claim"; §5.1.2
    // allows a small leeway for clock skew
    if (!now.isBefore(expires.plus(leeway))) {
      throw new LaunchRejectedException(EXPIRED, STEP + 7, "The id_token has expired.");
    }
    // RFC 7519 §4.1.5: not before nbf, when a platform sends one
    Date notBefore = claims.getNotBeforeTime();
    if (notBefore != null && notBefore.toInstant().isAfter(now.plus(leeway))) {
      throw new LaunchRejectedException(
          NOT_YET_VALID, "RFC 7519 §4.1.5", "The id_token is not valid yet (nbf).");
    }
    // step 8: the tool MAY reject tokens issued too far from now; a token from the future means
    // the platform's clock is wrong, one older than maxAge would need nonces kept for longer
    if (issued.isAfter(now.plus(leeway))) {
      throw new LaunchRejectedException(
          ISSUED_IN_FUTURE,
          STEP + 8,
          "The id_token's iat is in the future; the platform's clock may be wrong.");
    }
    if (issued.isBefore(now.minus(maxAge))) {
      throw new LaunchRejectedException(
          ISSUED_TOO_LONG_AGO,
          STEP + 8,
          "The id_token was issued more than " + maxAge.toSeconds() + " seconds ago.");
    }
    Instant byExpiry = expires.plus(leeway);
    Instant byAge = issued.plus(maxAge);
    return byExpiry.isBefore(byAge) ? byExpiry : byAge;
  }

  private static Instant required(Date time, String claim, String spec) {
    if (time == null) {
      throw new LaunchRejectedException(
          MISSING_CLAIM, spec, "The id_token lacks the required claim " + claim + ".");
    }
    return time.toInstant();
  }

  // step 9: "The ID Token MUST contain a nonce Claim"; it must be the one our login sent (OIDC
  // Core 3.2.2.11), which binds the token to this browser's login
  private static String requireNonce(JWTClaimsSet claims, Expectation expected) {
    String nonce = new ClaimReader(claims.getClaims()).requiredString("nonce", STEP + 9);
    if (expected.expectedNonce() == null || !expected.expectedNonce().equals(nonce)) {
      throw new LaunchRejectedException(
          NONCE_MISMATCH,
          STEP + 9,
          "The id_token's nonce is not the one sent by this browser's login; start the launch"
              + " again from the platform.");
    }
    return nonce;
  }
}
