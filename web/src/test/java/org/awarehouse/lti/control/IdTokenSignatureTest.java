package org.awarehouse.lti.control;

import static org.awarehouse.lti.control.LaunchTokens.KID;
import static org.awarehouse.lti.control.LaunchTokens.PLATFORM_KEY;
import static org.awarehouse.lti.control.LaunchTokens.resourceLink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.awarehouse.lti.control.LaunchTokens.Keys;
import org.junit.jupiter.api.Test;

/** Security Framework 1.0 §5.1.3 steps 1 and 6, and §6: who signed the id_token, and how. */
class IdTokenSignatureTest {
  private static final RSAKey OTHER_KEY_SAME_KID = LaunchTokens.rsaKey(KID);

  private final ValidationFixture fixture = new ValidationFixture();

  @Test
  void acceptsRs256SignedByThePlatformKeyWithoutRefetching() {
    fixture.accept(resourceLink().sign());
    assertEquals(0, fixture.keys.refetches);
  }

  @Test
  void rejectsUnsecuredJwt() {
    String header = Base64URL.encode("{\"alg\":\"none\"}").toString();
    String payload = Base64URL.encode(resourceLink().payloadJson()).toString();
    fixture.reject("alg-not-allowed", header + "." + payload + ".");
  }

  @Test
  void rejectsNoneSpelledInCapitalsWithASignaturePart() {
    String header = Base64URL.encode("{\"alg\":\"NONE\",\"kid\":\"" + KID + "\"}").toString();
    String payload = Base64URL.encode(resourceLink().payloadJson()).toString();
    fixture.reject("alg-not-allowed", header + "." + payload + ".c2lnbmF0dXJl");
  }

  @Test
  void rejectsHs256KeyedWithThePlatformsPublicKey() throws Exception {
    // the classic confusion: a verifier that trusts the header would check this HMAC with the
    // public key it holds, and accept a token anyone can forge
    byte[] publicKeyBytes = PLATFORM_KEY.toRSAPublicKey().getEncoded();
    String token = resourceLink().alg(JWSAlgorithm.HS256).sign(new MACSigner(publicKeyBytes));
    fixture.reject("alg-not-allowed", token);
  }

  @Test
  void rejectsHs512() throws Exception {
    byte[] secret = PLATFORM_KEY.toRSAPublicKey().getEncoded();
    fixture.reject(
        "alg-not-allowed", resourceLink().alg(JWSAlgorithm.HS512).sign(new MACSigner(secret)));
  }

  @Test
  void rejectsRs384EvenWithThePlatformKey() {
    fixture.reject("alg-not-allowed", resourceLink().alg(JWSAlgorithm.RS384).sign());
  }

  @Test
  void rejectsPs256EvenWithThePlatformKey() {
    fixture.reject("alg-not-allowed", resourceLink().alg(JWSAlgorithm.PS256).sign());
  }

  @Test
  void rejectsEs256() throws Exception {
    ECKey ec = new ECKeyGenerator(Curve.P_256).keyID(KID).generate();
    fixture.reject(
        "alg-not-allowed", resourceLink().alg(JWSAlgorithm.ES256).sign(new ECDSASigner(ec)));
  }

  @Test
  void rejectsMissingKid() {
    fixture.reject("missing-kid", resourceLink().kid(null).sign());
  }

  @Test
  void rejectsUnknownKidAfterOneRefetch() {
    fixture.reject("unknown-kid", resourceLink().kid("retired-key").sign());
    assertEquals(1, fixture.keys.refetches);
  }

  @Test
  void acceptsKidThatOnlyTheRefetchedKeySetHas() {
    fixture.keys = Keys.onlyAfterRefetch(PLATFORM_KEY.toPublicJWK());
    fixture.accept(resourceLink().sign());
    assertEquals(1, fixture.keys.refetches);
  }

  @Test
  void rejectsPayloadChangedAfterSigning() {
    String[] parts = resourceLink().sign().split("\\.");
    String promoted =
        resourceLink()
            .claim(LaunchTokens.LTI + "roles", List.of(LaunchTokens.INSTRUCTOR))
            .payloadJson();
    String tampered = parts[0] + "." + Base64URL.encode(promoted) + "." + parts[2];
    fixture.reject("bad-signature", tampered);
  }

  @Test
  void rejectsSignatureOfAnotherKeyUnderTheSameKid() {
    fixture.reject("bad-signature", resourceLink().signedBy(OTHER_KEY_SAME_KID).sign());
  }

  @Test
  void rejectsKeyPublishedForEncryption() throws Exception {
    fixture.keys = Keys.of(publicKey().keyUse(KeyUse.ENCRYPTION).build());
    fixture.reject("unusable-key", resourceLink().sign());
  }

  @Test
  void rejectsKeyPublishedForAnotherAlgorithm() throws Exception {
    fixture.keys = Keys.of(publicKey().algorithm(JWSAlgorithm.RS512).build());
    fixture.reject("unusable-key", resourceLink().sign());
  }

  @Test
  void acceptsKeyPublishedForSignaturesWithRs256() throws Exception {
    fixture.keys =
        Keys.of(publicKey().keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build());
    fixture.accept(resourceLink().sign());
  }

  @Test
  void rejectsEcKeyUnderTheKid() throws Exception {
    fixture.keys = Keys.of(new ECKeyGenerator(Curve.P_256).keyID(KID).generate().toPublicJWK());
    fixture.reject("unusable-key", resourceLink().sign());
  }

  @Test
  void rejectsRsaKeyShorterThan2048Bits() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(1024);
    KeyPair weak = generator.generateKeyPair();
    fixture.keys = Keys.of(new RSAKey.Builder((RSAPublicKey) weak.getPublic()).keyID(KID).build());
    fixture.reject(
        "unusable-key", resourceLink().sign(new RSASSASigner(weak.getPrivate(), true)));
  }

  @Test
  void rejectsTokenOverTheSizeLimitBeforeParsingIt() {
    String token = resourceLink().sign();
    fixture.validator =
        new IdTokenValidator(
            Clock.fixed(LaunchTokens.NOW, ZoneOffset.UTC), ValidationFixture.LEEWAY, 1000);
    fixture.reject("token-too-large", token + "x".repeat(1000));
    assertEquals(0, fixture.keys.refetches);
  }

  @Test
  void acceptsTokenOfExactlyTheSizeLimit() {
    String token = resourceLink().sign();
    fixture.validator =
        new IdTokenValidator(
            Clock.fixed(LaunchTokens.NOW, ZoneOffset.UTC), ValidationFixture.LEEWAY, token.length());
    fixture.accept(token);
  }

  @Test
  void rejectsTokenOverTheDefault64KiB() {
    fixture.reject(
        "token-too-large", resourceLink().claim("padding", "x".repeat(64 * 1024)).sign());
  }

  @Test
  void rejectsGarbage() {
    fixture.reject("malformed-token", "this is not a token");
  }

  @Test
  void rejectsFivePartStringThatLooksLikeAJwe() {
    fixture.reject("malformed-token", "eyJhbGciOiJSU0EtT0FFUCJ9.aaaa.bbbb.cccc.dddd");
  }

  @Test
  void rejectsRealJweEncryptedToTheTool() throws Exception {
    EncryptedJWT jwe =
        new EncryptedJWT(
            new JWEHeader(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A128GCM),
            JWTClaimsSet.parse(resourceLink().payloadJson()));
    jwe.encrypt(new RSAEncrypter(PLATFORM_KEY.toRSAPublicKey()));
    fixture.reject("malformed-token", jwe.serialize());
  }

  @Test
  void rejectsEmptyToken() {
    fixture.reject("malformed-token", "");
  }

  @Test
  void rejectsAbsentToken() {
    fixture.reject("malformed-token", null);
  }

  @Test
  void rejectsSignedPayloadThatIsNotJson() throws Exception {
    JWSObject jws = new JWSObject(resourceLink().header(), new Payload("just text"));
    jws.sign(new RSASSASigner(PLATFORM_KEY));
    fixture.reject("malformed-token", jws.serialize());
  }

  @Test
  void rejectsRegisteredClaimOfWrongType() {
    fixture.reject("malformed-claim", resourceLink().claim("exp", "tomorrow").sign());
  }

  @Test
  void signatureRejectionIs401AndQuotesNoPartOfTheToken() {
    String token = resourceLink().signedBy(OTHER_KEY_SAME_KID).sign();
    LaunchRejectedException rejection = fixture.reject("bad-signature", token);
    assertEquals(401, rejection.status());
    assertEquals("lti-launch-rejected", rejection.type());
    assertTrue(rejection.specReference().contains("§5.1.3 step 1"));
    for (String part : token.split("\\.")) {
      assertFalse(rejection.getMessage().contains(part));
    }
  }

  private static RSAKey.Builder publicKey() throws Exception {
    return new RSAKey.Builder(PLATFORM_KEY.toRSAPublicKey()).keyID(KID);
  }
}
