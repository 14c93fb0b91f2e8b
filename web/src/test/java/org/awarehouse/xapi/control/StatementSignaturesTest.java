package org.awarehouse.xapi.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import org.awarehouse.platform.control.Sha256;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signed statements (xAPI Data §2.6): what the LRS must check before it stores one. */
class StatementSignaturesTest {
  static final String STATEMENT = """
      {"id":"33cff416-e331-4c9d-969e-5373a1756120",
       "actor":{"objectType":"Agent","mbox":"mailto:signer@example.org"},
       "verb":{"id":"http://adlnet.gov/expapi/verbs/experienced","display":{"en-US":"experienced"}},
       "object":{"id":"https://example.org/signed"},
       "timestamp":"2026-01-01T12:00:00Z"}""";

  static RSAKey key;
  static PrivateKey certifiedKey;
  static X509Certificate certificate;

  @BeforeAll
  static void keys(@TempDir Path dir) throws Exception {
    key = new RSAKeyGenerator(2048).generate();
    // the JDK has no public API to make an X.509 certificate, so the JDK's keytool makes one
    Path store = dir.resolve("signer.p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "signer", "-keyalg", "RSA", "-keysize", "2048", "-sigalg", "SHA256withRSA",
        "-dname", "CN=Statement Signer", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
        "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
    assertEquals(0, keytool.waitFor(), new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keys.load(in, "changeit".toCharArray());
    }
    certifiedKey = (PrivateKey) keys.getKey("signer", "changeit".toCharArray());
    certificate = (X509Certificate) keys.getCertificate("signer");
  }

  @Test
  void aSignatureWithoutCertificateIsCheckedForFormAlgorithmAndPayload_Data_2_6_s5_b3() throws Exception {
    for (JWSAlgorithm alg : List.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512)) {
      assertDoesNotThrow(() -> verify(STATEMENT, sign(new JWSHeader(alg), STATEMENT, new RSASSASigner(key))), alg.getName());
    }
  }

  @Test
  void aSignatureWithX5cVerifiesWithTheFirstCertificate_Data_2_6_s5_b3_b3() throws Exception {
    JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
        .x509CertChain(List.of(Base64.encode(certificate.getEncoded()))).build();
    assertDoesNotThrow(() -> verify(STATEMENT, sign(header, STATEMENT, new RSASSASigner(certifiedKey))));
  }

  @Test
  void aSignatureByAnotherKeyThanTheX5cCertificateIsRejected_Data_2_6_s5_b3_b3() throws Exception {
    JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
        .x509CertChain(List.of(Base64.encode(certificate.getEncoded()))).build();
    String forged = sign(header, STATEMENT, new RSASSASigner(key));
    assertRejected(STATEMENT, forged, "does not verify");
  }

  @Test
  void anX5cThatIsNotACertificateIsRejected_Data_2_6_s5_b3_b3() throws Exception {
    JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
        .x509CertChain(List.of(Base64.encode("not a certificate"))).build();
    assertRejected(STATEMENT, sign(header, STATEMENT, new RSASSASigner(key)), "not an X.509");
  }

  @Test
  void theSpecsOwnExampleVerifies_Data_Appendix_D() throws Exception {
    String jws;
    try (InputStream in = getClass().getResourceAsStream("/xapi/appendix-d-signature.jws")) {
      jws = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
    String signed = """
        {"version":"1.0.0","id":"33cff416-e331-4c9d-969e-5373a1756120",
         "actor":{"mbox":"mailto:example@example.com","name":"Example Learner","objectType":"Agent"},
         "verb":{"id":"http://adlnet.gov/expapi/verbs/experienced","display":{"en-US":"experienced"}},
         "object":{"id":"https://www.youtube.com/watch?v=xh4kIiH3Sm8","objectType":"Activity",
           "definition":{"name":{"en-US":"Tax Tips & Information : How to File a Tax Return "},
             "description":{"en-US":"Filing a tax return will require filling out either a 1040, 1040A or 1040EZ form"}}},
         "timestamp":"2013-04-01T12:00:00Z"}""";
    assertEquals("672fa5fa658017f1b72d65036f13379c6ab05d4ab3b6664908d8acf0b6a0c634", Sha256.hex(jws));
    assertDoesNotThrow(() -> verify(signed, jws));
    assertRejected(signed.replace("experienced\"}", "attempted\"}"), jws, "differs");
  }

  @Test
  void aTamperedStatementIsRejected_Data_2_6_s5_b3_b2() throws Exception {
    String jws = sign(new JWSHeader(JWSAlgorithm.RS256), STATEMENT, new RSASSASigner(key));
    assertRejected(STATEMENT.replace("experienced\"}", "completed\"}"), jws, "differs");
    assertRejected(STATEMENT.replace("\"timestamp\":\"2026-01-01T12:00:00Z\"", "\"timestamp\":\"2026-01-01T12:00:01Z\""),
        jws, "differs");
    assertRejected(STATEMENT.replace("33cff416", "44cff416"), jws, "differs");
  }

  @Test
  void propertiesTheLrsSetsOrTheSignatureAddsAreIgnored_Data_2_3_1_s9_b1() throws Exception {
    String jws = sign(new JWSHeader(JWSAlgorithm.RS256), STATEMENT, new RSASSASigner(key));
    assertDoesNotThrow(() -> verify(STATEMENT.replace("\"timestamp\":\"2026-01-01T12:00:00Z\"",
        "\"timestamp\":\"2026-01-01T13:00:00+01:00\",\"version\":\"1.0.0\""), jws), "same instant, version added");
    String withoutId = STATEMENT.replace("\"id\":\"33cff416-e331-4c9d-969e-5373a1756120\",", "");
    assertDoesNotThrow(() -> verify(withoutId, sign(new JWSHeader(JWSAlgorithm.RS256), withoutId,
        new RSASSASigner(key))));
  }

  @Test
  void onlyRsaAlgorithmsAreAllowed_Data_2_6_s4_b4() throws Exception {
    String hs256 = sign(new JWSHeader(JWSAlgorithm.HS256), STATEMENT, new MACSigner(new byte[32]));
    assertRejected(STATEMENT, hs256, "HS256");
    String ps256 = sign(new JWSHeader(JWSAlgorithm.PS256), STATEMENT, new RSASSASigner(key));
    assertRejected(STATEMENT, ps256, "PS256");
  }

  @Test
  void aSignatureThatIsNotACompactJwsIsRejected_Data_2_6_s5_b1() {
    assertRejected(STATEMENT, "not a signature", "not a JWS");
    assertRejected(STATEMENT, "{\"payload\":\"e30\",\"signatures\":[]}", "not a JWS");
  }

  @Test
  void aPayloadThatIsNotAStatementIsRejected_Data_2_6_s4_b3() throws Exception {
    assertRejected(STATEMENT, sign(new JWSHeader(JWSAlgorithm.RS256), "[1,2]", new RSASSASigner(key)), "payload");
    assertRejected(STATEMENT, sign(new JWSHeader(JWSAlgorithm.RS256), "{nope", new RSASSASigner(key)), "payload");
  }

  @Test
  void aSignatureAttachmentMustBeOctetStream_Data_2_6_s4_b1() throws Exception {
    String jws = sign(new JWSHeader(JWSAlgorithm.RS256), STATEMENT, new RSASSASigner(key));
    AttachmentPart part = part(jws);
    JsonObject statement = withSignature(STATEMENT, part.sha2(), "text/plain; charset=ascii");
    InvalidSignatureException e = assertThrows(InvalidSignatureException.class,
        () -> StatementSignatures.verify(statement, "", Map.of(part.sha2(), part)));
    assertEquals("attachments[0].contentType", e.fieldErrors().get(0).field());
  }

  @Test
  void aSignatureKnownOnlyByFileUrlIsRejected_Data_2_6_s5_b3_b1() {
    JsonObject unsent = withSignature(STATEMENT, "a".repeat(64), "application/octet-stream");
    JsonObject statement = Statements.JSON.createObjectBuilder(unsent).add("attachments", Statements.JSON
        .createArrayBuilder().add(Statements.JSON.createObjectBuilder(unsent.getJsonArray("attachments").getJsonObject(0))
            .add("fileUrl", "https://example.org/signature.jws"))).build();
    assertThrows(InvalidSignatureException.class, () -> StatementSignatures.verify(statement, "", Map.of()));
  }

  @Test
  void otherAttachmentsAreNotSignatures() {
    JsonObject statement = StatementComparisonTest.json(STATEMENT.replace("\"timestamp\"", """
        "attachments":[{"usageType":"https://example.org/certificate","display":{"en":"c"},
          "contentType":"application/pdf","length":1,"sha2":"%s"}],"timestamp\"""".formatted("b".repeat(64))));
    assertDoesNotThrow(() -> StatementSignatures.verify(statement, "", Map.of()));
  }

  static String sign(JWSHeader header, String payload, JWSSigner signer) throws Exception {
    JWSObject jws = new JWSObject(header, new Payload(payload));
    jws.sign(signer);
    return jws.serialize();
  }

  static void verify(String statement, String jws) {
    AttachmentPart part = part(jws);
    StatementSignatures.verify(withSignature(statement, part.sha2(), "application/octet-stream"), "",
        Map.of(part.sha2(), part));
  }

  static void assertRejected(String statement, String jws, String why) {
    InvalidSignatureException e = assertThrows(InvalidSignatureException.class, () -> verify(statement, jws));
    assertTrue(e.getMessage().contains(why), e.getMessage());
    assertEquals("attachments[0]", e.fieldErrors().get(0).field());
  }

  static AttachmentPart part(String jws) {
    byte[] bytes = jws.getBytes(StandardCharsets.US_ASCII);
    return AttachmentPart.received(2, Sha256.hex(bytes), "application/octet-stream", bytes);
  }

  /** The statement with a signature attachment added, as a client sends it (Data §2.6.s4.b1). */
  static JsonObject withSignature(String statement, String sha2, String contentType) {
    JsonObject parsed = StatementComparisonTest.json(statement);
    return Statements.JSON.createObjectBuilder(parsed).add("attachments", Statements.JSON.createArrayBuilder()
        .add(Statements.JSON.createObjectBuilder()
            .add("usageType", StatementSignatures.SIGNATURE_USAGE)
            .add("display", Statements.JSON.createObjectBuilder().add("en-US", "Signature"))
            .add("contentType", contentType)
            .add("length", 100)
            .add("sha2", sha2))).build();
  }
}
