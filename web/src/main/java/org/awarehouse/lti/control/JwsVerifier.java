package org.awarehouse.lti.control;

import static org.awarehouse.lti.control.LaunchRejectedException.Rule.ALG_NOT_ALLOWED;
import static org.awarehouse.lti.control.LaunchRejectedException.Rule.BAD_SIGNATURE;
import static org.awarehouse.lti.control.LaunchRejectedException.Rule.MALFORMED_CLAIM;
import static org.awarehouse.lti.control.LaunchRejectedException.Rule.MALFORMED_TOKEN;
import static org.awarehouse.lti.control.LaunchRejectedException.Rule.MISSING_KID;
import static org.awarehouse.lti.control.LaunchRejectedException.Rule.TOKEN_TOO_LARGE;
import static org.awarehouse.lti.control.LaunchRejectedException.Rule.UNKNOWN_KID;
import static org.awarehouse.lti.control.LaunchRejectedException.Rule.UNUSABLE_KEY;
import static org.awarehouse.lti.control.LaunchRejectedException.quote;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Map;

/**
 * The JOSE half of id_token validation: the token is a JWS signed with RS256 by the platform key
 * its {@code kid} names. Only what this class returns may be read; nothing in the payload is
 * trusted before the signature is.
 */
final class JwsVerifier {
  private static final String SF = "1EdTech Security Framework 1.0 ";
  private static final String STEP_1 = SF + "§5.1.3 step 1";
  /** RFC 7518 §3.3: "A key of size 2048 bits or larger MUST be used with these algorithms." */
  private static final int MIN_RSA_BITS = 2048;

  private final int maxTokenBytes;

  JwsVerifier(int maxTokenBytes) {
    this.maxTokenBytes = maxTokenBytes;
  }

  JWTClaimsSet verify(String token, KeyResolver keys) {
    SignedJWT jws = parse(token);
    JWSHeader header = jws.getHeader();
    requireRs256(header);
    RSAKey key = usable(resolve(header, keys), header.getKeyID());
    requireSignature(jws, key);
    return claims(jws);
  }

  private SignedJWT parse(String token) {
    if (token == null || token.isEmpty()) {
      throw new LaunchRejectedException(
          MALFORMED_TOKEN, SF + "§5.1.1.3", "The launch carries no id_token.");
    }
    // Not in the specifications: a bound on the work an anonymous POST can cause. Characters
    // are counted first so that a huge token is not copied to count its bytes.
    if (token.length() > maxTokenBytes
        || token.getBytes(StandardCharsets.UTF_8).length > maxTokenBytes) {
      throw new LaunchRejectedException(
          TOKEN_TOO_LARGE,
          "Awarehouse resource limit",
          "The id_token is larger than " + maxTokenBytes + " bytes.");
    }
    JWT jwt;
    try {
      jwt = JWTParser.parse(token);
    } catch (ParseException e) {
      throw new LaunchRejectedException(
          MALFORMED_TOKEN, STEP_1, "The id_token is not a JWT in compact serialisation.");
    }
    // §5.1.2: the JWS is produced with the platform's private key, so an unsecured JWT is never
    // acceptable, whatever the rest of it says.
    if (jwt instanceof PlainJWT) {
      throw new LaunchRejectedException(
          ALG_NOT_ALLOWED, SF + "§5.1.2", "The id_token is unsigned (alg none).");
    }
    if (!(jwt instanceof SignedJWT jws)) {
      throw new LaunchRejectedException(
          MALFORMED_TOKEN,
          SF + "§5.1.2",
          "The id_token is encrypted (JWE); the platform must send a signed JWS.");
    }
    return jws;
  }

  // §5.1.3 step 6: RS256, or the alg the tool registered; this tool registers no other. Taking
  // the alg from our side, not the header, also stops the token choosing HMAC with the public key
  // as its secret.
  private static void requireRs256(JWSHeader header) {
    if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
      throw new LaunchRejectedException(
          ALG_NOT_ALLOWED,
          SF + "§5.1.3 step 6",
          "The id_token is signed with "
              + quote(header.getAlgorithm().getName())
              + "; this tool accepts only RS256.");
    }
  }

  // §6.3: the issuer names its key with the kid header, and a key set must always carry kids.
  // §6.4: a rotated key arrives under a new kid, so one refetch before giving up.
  private static JWK resolve(JWSHeader header, KeyResolver keys) {
    String kid = header.getKeyID();
    if (kid == null || kid.isEmpty()) {
      throw new LaunchRejectedException(
          MISSING_KID, SF + "§6.3", "The id_token header has no kid naming the platform key.");
    }
    return keys.key(kid)
        .or(() -> keys.refetch(kid))
        .orElseThrow(
            () ->
                new LaunchRejectedException(
                    UNKNOWN_KID,
                    SF + "§6.3",
                    "The platform's key set has no key with the id_token's kid, even after"
                        + " fetching it again."));
  }

  private static RSAKey usable(JWK jwk, String kid) {
    if (!(jwk instanceof RSAKey rsa)) {
      throw unusable(kid, "is a " + jwk.getKeyType() + " key, and RS256 needs RSA", SF + "§6.1");
    }
    // RFC 7517 §4.2: a key published for encryption must not verify signatures
    if (rsa.getKeyUse() != null && !KeyUse.SIGNATURE.equals(rsa.getKeyUse())) {
      throw unusable(kid, "is published for use " + rsa.getKeyUse().identifier(), "RFC 7517 §4.2");
    }
    // RFC 7517 §4.4: a key bound to another algorithm must not be used with RS256
    if (rsa.getAlgorithm() != null && !JWSAlgorithm.RS256.equals(rsa.getAlgorithm())) {
      throw unusable(kid, "is published for alg " + rsa.getAlgorithm(), "RFC 7517 §4.4");
    }
    if (rsa.size() < MIN_RSA_BITS) {
      throw unusable(kid, "has only " + rsa.size() + " bits", "RFC 7518 §3.3");
    }
    return rsa;
  }

  private static LaunchRejectedException unusable(String kid, String fact, String spec) {
    return new LaunchRejectedException(
        UNUSABLE_KEY, spec, "The platform key " + quote(kid) + " " + fact + ".");
  }

  // §5.1.3 step 1: validate the signature per RFC 7515 §5.2 with the platform's public key
  private static void requireSignature(SignedJWT jws, RSAKey key) {
    boolean valid;
    try {
      valid = jws.verify(new RSASSAVerifier(key));
    } catch (JOSEException e) {
      valid = false;
    }
    if (!valid) {
      throw new LaunchRejectedException(
          BAD_SIGNATURE, STEP_1, "The id_token's signature does not verify with the platform key.");
    }
  }

  private static JWTClaimsSet claims(SignedJWT jws) {
    Map<String, Object> json = jws.getPayload().toJSONObject();
    if (json == null) {
      throw new LaunchRejectedException(
          MALFORMED_TOKEN, SF + "§5.1.2", "The id_token's payload is not a JSON object.");
    }
    try {
      return JWTClaimsSet.parse(json);
    } catch (ParseException e) {
      throw new LaunchRejectedException(
          MALFORMED_CLAIM,
          SF + "§5.1.2",
          "A registered claim of the id_token (iss, sub, aud, exp, nbf, iat or jti) has the wrong"
              + " JSON type.");
    }
  }
}
