package org.awarehouse.lti.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * JWTs the tool makes: messages to platforms, signed with the current RSA key, and short-lived
 * tokens that carry a page's context to the browser and back instead of a server session. Tokens
 * for ourselves need no public key, so they are MACed (HS256) with a key every node derives from
 * the key-encryption key: an RSA signature per launch page cost more than the rest of the launch.
 * They are bound to a purpose, and expire.
 */
@ApplicationScoped
public class ToolTokens {

  static final String SELF_KEY_PURPOSE = "self-tokens:v1";

  @Inject ToolKeyService keys;
  @Inject KeyEncryptionKeySource secrets;
  private volatile byte[] selfKey;
  @Inject ToolUrls urls;
  @Inject Clock clock;

  /** Signs the claims with the current key (RS256, its kid in the header). */
  public String sign(JWTClaimsSet claims) {
    RSAKey key = keys.signingKey();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign with the tool key", e);
    }
    return jwt.serialize();
  }

  /** A token for this tool itself, valid for {@code ttl}, for one purpose only. */
  public String forSelf(String purpose, Duration ttl, JWTClaimsSet.Builder claims) {
    Instant now = clock.instant();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.issuer(urls.base()).audience(urls.base())
        .claim("purpose", purpose).jwtID(UUID.randomUUID().toString()).issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(ttl))).build());
    try {
      jwt.sign(new MACSigner(selfKey()));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot MAC a page token", e);
    }
    return jwt.serialize();
  }

  /** The claims of a token made by {@link #forSelf}, or a rejection naming what is wrong with it. */
  public JWTClaimsSet verifySelf(String token, String purpose) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      // only our own algorithm: never "none", never a public-key algorithm an attacker could pick
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
        throw rejected("The page token is not signed the way this tool signs.");
      }
      if (!jwt.verify(new MACVerifier(selfKey()))) {
        throw rejected("The page token was not signed by this tool, or was changed.");
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      if (!urls.base().equals(claims.getIssuer()) || !claims.getAudience().contains(urls.base())
          || !purpose.equals(claims.getStringClaim("purpose"))) {
        throw rejected("The page token is not meant for this step.");
      }
      if (claims.getExpirationTime() == null || claims.getExpirationTime().toInstant().isBefore(clock.instant())) {
        throw rejected("The page has expired. Start again from the course.");
      }
      return claims;
    } catch (ParseException | JOSEException e) {
      throw rejected("The page token cannot be read.");
    }
  }

  private byte[] selfKey() {
    if (selfKey == null) {
      selfKey = secrets.derive(SELF_KEY_PURPOSE);
    }
    return selfKey;
  }

  private static LoginRejectedException rejected(String detail) {
    return new LoginRejectedException("invalid-page-token", detail);
  }
}
