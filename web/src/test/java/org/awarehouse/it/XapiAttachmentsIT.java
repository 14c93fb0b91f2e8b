package org.awarehouse.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Statements with attachment data and signed statements over HTTP (xAPI Communication §1.5.2 and
 * §2.1.3, Data §2.4.11 and §2.6). Test names cite the requirement they check.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XapiAttachmentsIT extends XapiItBase {
  static final String BOUNDARY = "abcABC0123'()+_,-./:=?";
  static final String SIGNATURE = "http://adlnet.gov/expapi/attachments/signature";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Test
  void anAttachmentPartIsStoredAndReturnedByteForByte_Communication_1_5_2_and_2_1_3() {
    byte[] data = new byte[50_000];
    new Random(11).nextBytes(data);
    System.arraycopy("\r\n--".getBytes(StandardCharsets.US_ASCII), 0, data, 100, 4); // looks like a delimiter
    String sha2 = sha256(data);
    String id = UUID.randomUUID().toString();
    String actor = "mailto:" + id + "@example.org";
    String statement = json(id, actor, attachment("application/octet-stream", data.length, sha2, null));
    multipart(body(statement, part("application/octet-stream", sha2, data))).post("xapi/statements").then()
        .statusCode(200).body("[0]", equalTo(id));

    Response single = lrs().queryParam("statementId", id).queryParam("attachments", true).get("xapi/statements");
    single.then().statusCode(200).contentType(startsWith("multipart/mixed"));
    List<Part> parts = parts(single);
    assertEquals(2, parts.size());
    assertTrue(parts.get(0).headers().toLowerCase().contains("content-type: application/json"));
    assertTrue(new String(parts.get(0).body(), StandardCharsets.UTF_8).contains(id));
    assertArrayEquals(data, parts.get(1).body());
    assertTrue(parts.get(1).headers().contains("X-Experience-API-Hash: " + sha2));
    assertTrue(parts.get(1).headers().contains("Content-Transfer-Encoding: binary"));

    Response query = lrs().queryParam("agent", "{\"mbox\":\"" + actor + "\"}").queryParam("attachments", true)
        .get("xapi/statements");
    query.then().statusCode(200).contentType(startsWith("multipart/mixed"));
    List<Part> queried = parts(query);
    assertEquals(2, queried.size());
    assertTrue(new String(queried.get(0).body(), StandardCharsets.UTF_8).startsWith("{\"statements\":["));
    assertArrayEquals(data, queried.get(1).body());
  }

  @Test
  void withoutAttachmentsTrueTheAnswerStaysJson_Communication_2_1_3() {
    byte[] data = "here is a simple attachment".getBytes(StandardCharsets.US_ASCII);
    String id = UUID.randomUUID().toString();
    multipart(body(json(id, "mailto:json@example.org", attachment("text/plain", data.length, sha256(data), null)),
        part("text/plain", sha256(data), data))).post("xapi/statements").then().statusCode(200);
    lrs().queryParam("statementId", id).get("xapi/statements").then()
        .statusCode(200).contentType(ContentType.JSON).body("attachments[0].sha2", equalTo(sha256(data)));
    lrs().queryParam("statementId", id).queryParam("attachments", false).get("xapi/statements").then()
        .statusCode(200).contentType(ContentType.JSON);
    lrs().queryParam("statementId", id).queryParam("attachments", "yes").get("xapi/statements").then().statusCode(400);
  }

  @Test
  void aMissingPartIsRejectedAndNothingStored_Communication_1_5_2_s3_b5() {
    String id = UUID.randomUUID().toString();
    multipart(body(json(id, "mailto:missing@example.org", attachment("text/plain", 3, sha256(new byte[3]), null))))
        .post("xapi/statements").then().statusCode(400).body("errors[0].field", equalTo("attachments[0].sha2"));
    lrs().queryParam("statementId", id).get("xapi/statements").then().statusCode(404);
    // §1.5.2.s2.b1: as application/json every attachment needs a fileUrl
    lrs().contentType(ContentType.JSON)
        .body(json(id, "mailto:missing@example.org", attachment("text/plain", 3, sha256(new byte[3]), null)))
        .post("xapi/statements").then().statusCode(400);
  }

  @Test
  void aPartNoAttachmentNamesIsRejected_Communication_1_5_2_s2_b2_b2() {
    byte[] data = "extra".getBytes(StandardCharsets.US_ASCII);
    String id = UUID.randomUUID().toString();
    multipart(body(json(id, "mailto:extra@example.org"), part("text/plain", sha256(data), data)))
        .post("xapi/statements").then().statusCode(400).body("errors[0].field", equalTo("part 2"));
    lrs().queryParam("statementId", id).get("xapi/statements").then().statusCode(404);
  }

  @Test
  void fileUrlOnlyAttachmentsNeedNoPart_Communication_1_5_1_s1_b2_and_1_5_2_s3_b9() {
    String attachment = attachment("application/pdf", 10, sha256(new byte[10]), "https://example.org/report.pdf");
    multipart(body(json(UUID.randomUUID().toString(), "mailto:url@example.org", attachment)))
        .post("xapi/statements").then().statusCode(200);
    String id = UUID.randomUUID().toString();
    lrs().contentType(ContentType.JSON).body(json(id, "mailto:url@example.org", attachment))
        .post("xapi/statements").then().statusCode(200);
    Response answer = lrs().queryParam("statementId", id).queryParam("attachments", true).get("xapi/statements");
    assertEquals(1, parts(answer).size(), "a fileUrl attachment has no data to return");
  }

  @Test
  void malformedBodiesAndWrongHashesAreRejected_Communication_1_5_2_s2_b2() {
    byte[] data = "data".getBytes(StandardCharsets.US_ASCII);
    String statement = json(UUID.randomUUID().toString(), "mailto:bad@example.org",
        attachment("text/plain", data.length, sha256(data), null));
    byte[] whole = body(statement, part("text/plain", sha256(data), data));
    multipart(Arrays.copyOf(whole, whole.length - 6)).post("xapi/statements").then().statusCode(400); // no close
    multipart(body(statement, part("text/plain", sha256("other".getBytes(StandardCharsets.US_ASCII)), data)))
        .post("xapi/statements").then().statusCode(400);
    multipart(body(statement, ("Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\nX-Experience-API-Hash: "
        + sha256(data) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), data))
        .post("xapi/statements").then().statusCode(400);
  }

  @Test
  void putTakesAttachmentsToo_Communication_2_1_1() {
    byte[] data = "put data".getBytes(StandardCharsets.US_ASCII);
    String id = UUID.randomUUID().toString();
    multipart(body(json(null, "mailto:put@example.org", attachment("text/plain", data.length, sha256(data), null)),
        part("text/plain", sha256(data), data))).queryParam("statementId", id).put("xapi/statements").then()
        .statusCode(204);
    assertArrayEquals(data,
        parts(lrs().queryParam("statementId", id).queryParam("attachments", true).get("xapi/statements")).get(1).body());
  }

  @Test
  void aValidSignedStatementIsStored_Data_2_6() throws Exception {
    String id = UUID.randomUUID().toString();
    String unsigned = json(id, "mailto:signer@example.org");
    byte[] jws = sign(unsigned, JWSAlgorithm.RS256, new RSASSASigner(new RSAKeyGenerator(2048).generate()));
    multipart(signed(unsigned, jws)).post("xapi/statements").then().statusCode(200);
    lrs().queryParam("statementId", id).get("xapi/statements").then().statusCode(200)
        .body("attachments[0].usageType", equalTo(SIGNATURE));
  }

  @Test
  void aTamperedSignedStatementIsRejected_Data_2_6_s5_b3_b2() throws Exception {
    String id = UUID.randomUUID().toString();
    String unsigned = json(id, "mailto:signer@example.org");
    byte[] jws = sign(unsigned, JWSAlgorithm.RS256, new RSASSASigner(new RSAKeyGenerator(2048).generate()));
    multipart(signed(unsigned.replace("signer@", "someone.else@"), jws)).post("xapi/statements").then()
        .statusCode(400).contentType("application/problem+json");
    lrs().queryParam("statementId", id).get("xapi/statements").then().statusCode(404);
  }

  @Test
  void aSignatureWithAnHmacAlgorithmIsRejected_Data_2_6_s4_b4() throws Exception {
    String unsigned = json(UUID.randomUUID().toString(), "mailto:signer@example.org");
    byte[] jws = sign(unsigned, JWSAlgorithm.HS256, new MACSigner(new byte[32]));
    multipart(signed(unsigned, jws)).post("xapi/statements").then().statusCode(400);
  }

  @Test
  void aSignatureThatIsNotAJwsIsRejected_Data_2_6_s5_b1() {
    String unsigned = json(UUID.randomUUID().toString(), "mailto:signer@example.org");
    multipart(signed(unsigned, "not a jws".getBytes(StandardCharsets.US_ASCII))).post("xapi/statements").then()
        .statusCode(400);
  }

  @Test
  void forwardingCarriesTheAttachmentData_Communication_1_5_2_s3_b3() throws Exception {
    AtomicReference<String> type = new AtomicReference<>();
    AtomicReference<byte[]> forwarded = new AtomicReference<>();
    HttpServer external = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    external.createContext("/xapi/statements", exchange -> {
      type.set(exchange.getRequestHeaders().getFirst("Content-Type"));
      forwarded.set(exchange.getRequestBody().readAllBytes());
      exchange.sendResponseHeaders(200, 2);
      exchange.getResponseBody().write("[]".getBytes(StandardCharsets.US_ASCII));
      exchange.close();
    });
    external.start();
    try {
      as(admin).contentType(ContentType.JSON).body(java.util.Map.of("endpoint",
              "http://127.0.0.1:" + external.getAddress().getPort() + "/xapi/", "key", "k", "secret", "s"))
          .put("api/xapi/forwarding").then().statusCode(200);
      byte[] data = {0, 1, 2, '\r', '\n', '-', '-', (byte) 0xfe};
      multipart(body(json(UUID.randomUUID().toString(), "mailto:forwarded@example.org",
              attachment("application/octet-stream", data.length, sha256(data), null)),
          part("application/octet-stream", sha256(data), data))).post("xapi/statements").then().statusCode(200);
      long end = System.nanoTime() + 40_000_000_000L;
      while (forwarded.get() == null && System.nanoTime() < end) {
        Thread.sleep(200);
      }
      assertTrue(type.get() != null && type.get().startsWith("multipart/mixed"), String.valueOf(type.get()));
      List<Part> parts = parts(type.get(), forwarded.get());
      assertEquals(2, parts.size());
      assertArrayEquals(data, parts.get(1).body());
      assertTrue(parts.get(1).headers().contains("X-Experience-API-Hash: " + sha256(data)));
    } finally {
      external.stop(0);
    }
  }

  /** A multipart/mixed request; RestAssured must not add a charset to the Content-Type. */
  RequestSpecification multipart(byte[] body) {
    return lrs().config(RestAssured.config().encoderConfig(
            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
        .contentType("multipart/mixed; boundary=\"" + BOUNDARY + "\"").body(body);
  }

  /** The statement with its signature attachment, and the signature as the part (Data §2.6.s4.b1). */
  static byte[] signed(String unsigned, byte[] jws) {
    String signature = "{\"usageType\":\"" + SIGNATURE + "\",\"display\":{\"en-US\":\"Signature\"},"
        + "\"contentType\":\"application/octet-stream\",\"length\":" + jws.length + ",\"sha2\":\"" + sha256(jws) + "\"}";
    String statement = unsigned.substring(0, unsigned.length() - 1) + ",\"attachments\":[" + signature + "]}";
    return body(statement, part("application/octet-stream", sha256(jws), jws));
  }

  static byte[] sign(String statement, JWSAlgorithm algorithm, JWSSigner signer) throws Exception {
    JWSObject jws = new JWSObject(new JWSHeader(algorithm), new Payload(statement));
    jws.sign(signer);
    return jws.serialize().getBytes(StandardCharsets.US_ASCII);
  }

  static String json(String id, String mbox, String... attachments) {
    return "{" + (id == null ? "" : "\"id\":\"" + id + "\",")
        + "\"actor\":{\"objectType\":\"Agent\",\"mbox\":\"" + mbox + "\"},"
        + "\"verb\":{\"id\":\"" + EXPERIENCED + "\",\"display\":{\"en-US\":\"experienced\"}},"
        + "\"object\":{\"objectType\":\"Activity\",\"id\":\"https://example.org/attachments\"}"
        + (attachments.length == 0 ? "" : ",\"attachments\":[" + String.join(",", attachments) + "]") + "}";
  }

  static String attachment(String contentType, int length, String sha2, String fileUrl) {
    return "{\"usageType\":\"http://example.com/attachment-usage/test\",\"display\":{\"en-US\":\"A test attachment\"},"
        + "\"contentType\":\"" + contentType + "\",\"length\":" + length + ",\"sha2\":\"" + sha2 + "\""
        + (fileUrl == null ? "" : ",\"fileUrl\":\"" + fileUrl + "\"") + "}";
  }

  /** The headers of an attachment part, as Communication §1.5.2.s2.b2 asks. */
  static byte[] part(String contentType, String sha2, byte[] data) {
    ByteArrayOutputStream part = new ByteArrayOutputStream();
    part.writeBytes(("Content-Type: " + contentType + "\r\nContent-Transfer-Encoding: binary\r\n"
        + "X-Experience-API-Hash: " + sha2 + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    part.writeBytes(data);
    return part.toByteArray();
  }

  /** A body: the statements as part 1, then each given part (headers, blank line and data). */
  static byte[] body(String statements, byte[]... parts) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + BOUNDARY + "\r\nContent-Type: application/json\r\n\r\n" + statements)
        .getBytes(StandardCharsets.UTF_8));
    for (byte[] part : parts) {
      body.writeBytes(("\r\n--" + BOUNDARY + "\r\n").getBytes(StandardCharsets.US_ASCII));
      body.writeBytes(part);
    }
    body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return body.toByteArray();
  }

  static byte[] body(String statements, byte[] headers, byte[] data) {
    ByteArrayOutputStream part = new ByteArrayOutputStream();
    part.writeBytes(headers);
    part.writeBytes(data);
    return body(statements, part.toByteArray());
  }

  record Part(String headers, byte[] body) {}

  /** Splits a multipart/mixed answer at its delimiters (RFC 2046 §5.1.1); enough for our own. */
  static List<Part> parts(Response response) {
    return parts(response.getContentType(), response.asByteArray());
  }

  static List<Part> parts(String type, byte[] body) {
    String boundary = type.substring(type.indexOf("boundary=") + 9).replace("\"", "").split(";")[0].strip();
    byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
    byte[] framed = new byte[body.length + 2];
    framed[0] = '\r';
    framed[1] = '\n';
    System.arraycopy(body, 0, framed, 2, body.length);
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i + delimiter.length <= framed.length; i++) {
      if (Arrays.equals(framed, i, i + delimiter.length, delimiter, 0, delimiter.length)) {
        at.add(i);
      }
    }
    List<Part> parts = new ArrayList<>();
    for (int n = 0; n + 1 < at.size(); n++) {
      int start = at.get(n) + delimiter.length + 2;
      int end = at.get(n + 1);
      String text = new String(framed, start, end - start, StandardCharsets.ISO_8859_1);
      int blank = text.indexOf("\r\n\r\n");
      parts.add(new Part(text.substring(0, blank), Arrays.copyOfRange(framed, start + blank + 4, end)));
    }
    return parts;
  }

  static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
