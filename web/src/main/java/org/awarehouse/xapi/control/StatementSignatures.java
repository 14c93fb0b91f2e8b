package org.awarehouse.xapi.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.X509CertUtils;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks that signed statements are well formed (xAPI Data §2.6). As the spec's note says, the
 * check against an included certificate catches mistakes; it does not authenticate the signer, so
 * no certificate chain or validity period is examined.
 */
final class StatementSignatures {
  static final String SIGNATURE_USAGE = "http://adlnet.gov/expapi/attachments/signature";

  /** §2.6.s4.b4: "The JWS signature MUST use an algorithm of RS256, RS384, or RS512". */
  private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512);

  private static final JsonProvider JSON = JsonProvider.provider();

  private StatementSignatures() {}

  /**
   * Verifies every signature attachment of one statement.
   *
   * @param received the statement as the client sent it, before the LRS set anything
   * @param prefix the statement's place in the batch for error paths, such as {@code [2].}
   * @param data the request's attachment data by SHA-2
   * @throws InvalidSignatureException for the first malformed signature (§2.6.s5.b1)
   */
  static void verify(JsonObject received, String prefix, Map<String, AttachmentPart> data) {
    for (AttachmentMatching.Located header : AttachmentMatching.own(received, prefix + "attachments")) {
      if (SIGNATURE_USAGE.equals(header.attachment().getString("usageType"))) {
        verifyOne(received, header, data.get(header.sha2()));
      }
    }
  }

  private static void verifyOne(JsonObject received, AttachmentMatching.Located header, AttachmentPart part) {
    String path = header.path();
    // §2.6.s4.b1: the JWS is an Attachment "with a usageType of .../signature and a contentType
    // of application/octet-stream"
    String contentType = header.attachment().getString("contentType");
    if (!contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).equals("application/octet-stream")) {
      throw new InvalidSignatureException(path + ".contentType",
          "a signature attachment must have contentType application/octet-stream (Data §2.6.s4.b1)");
    }
    if (part == null) {
      // §2.6.s5.b3.b1: the LRS MUST decode the JWS, which it can only do when it was sent
      throw new InvalidSignatureException(path, "the signature must be sent as an attachment part, not only as a "
          + "fileUrl, so that the LRS can decode it (Data §2.6.s5.b3.b1)");
    }
    JWSObject jws = parse(path, part.content());
    // §2.6.s4.b4: RS256, RS384 or RS512 only
    if (!ALGORITHMS.contains(jws.getHeader().getAlgorithm())) {
      throw new InvalidSignatureException(path, "the JWS uses " + jws.getHeader().getAlgorithm()
          + "; Data §2.6.s4.b4 allows only RS256, RS384 and RS512");
    }
    // §2.6.s4.b3 and §2.6.s5.b3.b1: the payload is a JSON serialization of the statement
    JsonObject signed = payload(path, jws);
    // §2.6.s5.b3.b2: the original statement is logically equivalent to the received one
    if (!StatementComparison.sameAsSigned(signed, received)) {
      throw new InvalidSignatureException(path, "the signed statement (the JWS payload) differs from the statement "
          + "sent (Data §2.6.s5.b3.b2)");
    }
    // §2.6.s5.b3.b3: "If the JWS header includes an X.509 certificate, validate the signature
    // against that certificate as defined in JWS"; RFC 7515 §4.1.6: the first one holds the key
    List<Base64> chain = jws.getHeader().getX509CertChain();
    if (chain != null && !chain.isEmpty()) {
      checkAgainst(path, jws, X509CertUtils.parse(chain.get(0).decode()));
    }
  }

  /** §2.6.s4.b2: compact serialization; the JSON serialization is not accepted here. */
  private static JWSObject parse(String path, byte[] content) {
    try {
      return JWSObject.parse(new String(content, StandardCharsets.US_ASCII));
    } catch (ParseException | IllegalArgumentException e) {
      throw new InvalidSignatureException(path, "the signature is not a JWS in compact serialization "
          + "(RFC 7515 §7.1, Data §2.6.s4.b2)");
    }
  }

  private static JsonObject payload(String path, JWSObject jws) {
    JsonValue value;
    try (var reader = JSON.createReader(new StringReader(jws.getPayload().toString()))) {
      value = reader.readValue();
    } catch (JsonException e) {
      value = null;
    }
    if (!(value instanceof JsonObject statement)) {
      throw new InvalidSignatureException(path, "the JWS payload is not a JSON statement (Data §2.6.s4.b3)");
    }
    return statement;
  }

  private static void checkAgainst(String path, JWSObject jws, X509Certificate certificate) {
    if (certificate == null || !(certificate.getPublicKey() instanceof RSAPublicKey key)) {
      throw new InvalidSignatureException(path, "the first x5c certificate of the JWS header is not an X.509 "
          + "certificate with an RSA key (RFC 7515 §4.1.6)");
    }
    boolean valid;
    try {
      valid = jws.verify(new RSASSAVerifier(key));
    } catch (JOSEException e) {
      valid = false;
    }
    if (!valid) {
      throw new InvalidSignatureException(path, "the JWS signature does not verify with the key of its x5c "
          + "certificate (Data §2.6.s5.b3.b3)");
    }
  }
}
