package org.awarehouse.lti.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A test platform: its RSA key, generated once because generation is the slow part, and a builder
 * of id_tokens that are valid unless a test changes them. Claim names are spelled out here rather
 * than taken from {@link LtiClaims}, so a typo there fails a test.
 */
final class LaunchTokens {
  static final String ISSUER = "https://lms.example.edu";
  static final String CLIENT_ID = "awarehouse-tool";
  static final String DEPLOYMENT_ID = "deployment-1";
  static final String NONCE = "n-0S6_WzA2Mj";
  static final String KID = "platform-key-1";
  static final Instant NOW = Instant.parse("2025-03-03T10:00:00Z");

  static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
  static final String DL_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
  static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
  static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

  static final RSAKey PLATFORM_KEY = rsaKey(KID);

  private final Map<String, Object> claims = new LinkedHashMap<>();
  private JWSAlgorithm alg = JWSAlgorithm.RS256;
  private String kid = KID;
  private RSAKey signer = PLATFORM_KEY;

  private LaunchTokens() {
    claims.put("iss", ISSUER);
    claims.put("aud", CLIENT_ID);
    claims.put("sub", "user-4711");
    claims.put("iat", NOW.minusSeconds(5).getEpochSecond());
    claims.put("exp", NOW.plus(Duration.ofMinutes(5)).getEpochSecond());
    claims.put("nonce", NONCE);
    claims.put(LTI + "version", "1.3.0");
    claims.put(LTI + "deployment_id", DEPLOYMENT_ID);
    claims.put(LTI + "roles", List.of(LEARNER));
  }

  /** A resource link launch with only the required claims. */
  static LaunchTokens resourceLink() {
    return new LaunchTokens()
        .claim(LTI + "message_type", "LtiResourceLinkRequest")
        .claim(LTI + "target_link_uri", "https://tool.example.org/lti/launch")
        .claim(LTI + "resource_link", Map.of("id", "link-200d101f"));
  }

  /** A deep linking request with only the required claims. */
  static LaunchTokens deepLinking() {
    Map<String, Object> settings = new HashMap<>();
    settings.put("deep_link_return_url", "https://lms.example.edu/deep_links");
    settings.put("accept_types", List.of("ltiResourceLink"));
    settings.put("accept_presentation_document_targets", List.of("iframe", "window"));
    return new LaunchTokens()
        .claim(LTI + "message_type", "LtiDeepLinkingRequest")
        .claim(LTI + "roles", List.of(INSTRUCTOR))
        .claim(DL_SETTINGS, settings);
  }

  static RSAKey rsaKey(String kid) {
    try {
      return new RSAKeyGenerator(2048).keyID(kid).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  LaunchTokens claim(String name, Object value) {
    claims.put(name, value);
    return this;
  }

  LaunchTokens without(String name) {
    claims.remove(name);
    return this;
  }

  /** Removes one member of a claim object, such as the id of the resource link. */
  LaunchTokens without(String claim, String member) {
    @SuppressWarnings("unchecked")
    Map<String, Object> object = new HashMap<>((Map<String, Object>) claims.get(claim));
    object.remove(member);
    claims.put(claim, object);
    return this;
  }

  /** Sets one member of a claim object. */
  LaunchTokens with(String claim, String member, Object value) {
    @SuppressWarnings("unchecked")
    Map<String, Object> object = new HashMap<>((Map<String, Object>) claims.get(claim));
    object.put(member, value);
    claims.put(claim, object);
    return this;
  }

  LaunchTokens kid(String kid) {
    this.kid = kid;
    return this;
  }

  LaunchTokens alg(JWSAlgorithm alg) {
    this.alg = alg;
    return this;
  }

  LaunchTokens signedBy(RSAKey key) {
    this.signer = key;
    return this;
  }

  /** The claims as a JSON object, for tokens built by hand. */
  String payloadJson() {
    return new Payload(claims).toString();
  }

  JWSHeader header() {
    return new JWSHeader.Builder(alg).keyID(kid).build();
  }

  String sign() {
    try {
      return sign(new RSASSASigner(signer));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Signs the claims as they are, so tests can send claims of the wrong JSON type. */
  String sign(JWSSigner jwsSigner) {
    try {
      JWSObject jws = new JWSObject(header(), new Payload(claims));
      jws.sign(jwsSigner);
      return jws.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Keys as a platform's cached key set and the set a refetch would bring. Counts refetches. */
  static final class Keys implements KeyResolver {
    private final Map<String, JWK> cached = new HashMap<>();
    private final Map<String, JWK> afterRefetch = new HashMap<>();
    int refetches;

    static Keys of(JWK key) {
      Keys keys = new Keys();
      keys.cached.put(key.getKeyID(), key);
      return keys;
    }

    static Keys onlyAfterRefetch(JWK key) {
      Keys keys = new Keys();
      keys.afterRefetch.put(key.getKeyID(), key);
      return keys;
    }

    @Override
    public Optional<JWK> key(String kid) {
      return Optional.ofNullable(cached.get(kid));
    }

    @Override
    public Optional<JWK> refetch(String kid) {
      refetches++;
      return Optional.ofNullable(afterRefetch.get(kid));
    }
  }

  /** An in-memory nonce store that remembers what it was asked to keep and until when. */
  static final class Nonces implements NonceStore {
    final Map<String, Instant> used = new HashMap<>();

    @Override
    public boolean markUsed(String issuer, String nonce, Instant expiresAt) {
      return used.putIfAbsent(issuer + " " + nonce, expiresAt) == null;
    }
  }

  static Set<String> deployments() {
    return Set.of(DEPLOYMENT_ID);
  }
}
