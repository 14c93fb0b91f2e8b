package org.awarehouse.xapi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.awarehouse.platform.control.Sha256;
import org.junit.jupiter.api.Test;

/** Attachment data and attachment headers fit by SHA-2 (xAPI Communication §1.5.2). */
class AttachmentMatchingTest {
  static final byte[] TEXT = "here is a simple attachment".getBytes(StandardCharsets.US_ASCII);
  static final String TEXT_SHA2 = "495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a";

  @Test
  void thePartOfTheSpecExampleHasTheHashTheSpecGives_Communication_1_5_2_s6() {
    assertEquals(TEXT_SHA2, AttachmentPart.received(2, TEXT_SHA2.toUpperCase(Locale.ROOT), "text/plain", TEXT).sha2());
  }

  @Test
  void aPartIsTheDataItsHashNames_Communication_1_5_2_s1_b4() {
    assertThrows(MalformedMultipartException.class,
        () -> AttachmentPart.received(2, TEXT_SHA2.replace('4', '5'), "text/plain", TEXT), "another hash");
    assertThrows(MalformedMultipartException.class, () -> AttachmentPart.received(2, null, "text/plain", TEXT),
        "no X-Experience-API-Hash (§1.5.2.s2.b2.b3)");
    assertThrows(MalformedMultipartException.class, () -> AttachmentPart.received(2, "abc", "text/plain", TEXT),
        "not a SHA-2 length");
    assertThrows(MalformedMultipartException.class,
        () -> AttachmentPart.received(2, "z".repeat(64), "text/plain", TEXT), "not hex");
  }

  @Test
  void everySha2LengthIsAccepted_Data_2_4_11() throws Exception {
    for (String algorithm : List.of("SHA-224", "SHA-256", "SHA-384", "SHA-512")) {
      String hex = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance(algorithm).digest(TEXT));
      assertEquals(hex, AttachmentPart.received(2, hex, "text/plain", TEXT).sha2(), algorithm);
    }
  }

  @Test
  void anAttachmentWithItsPartIsMatched_Communication_1_5_2_s3_b4() {
    AttachmentPart part = text();
    Map<String, AttachmentPart> data = AttachmentMatching.match(List.of(statement(attachment(TEXT_SHA2, null))), List.of(part));
    assertSame(part, data.get(TEXT_SHA2));
  }

  @Test
  void anAttachmentWithoutPartOrFileUrlIsRejected_Communication_1_5_2_s3_b5() {
    AttachmentRejectedException e = assertThrows(AttachmentRejectedException.class,
        () -> AttachmentMatching.match(List.of(statement(attachment(TEXT_SHA2, null))), List.of()));
    assertEquals("attachments[0].sha2", e.fieldErrors().get(0).field());
  }

  @Test
  void anAttachmentWithOnlyAFileUrlNeedsNoPart_Communication_1_5_1_s1_b2() {
    assertTrue(AttachmentMatching.match(
        List.of(statement(attachment(TEXT_SHA2, "https://example.org/a.txt"))), List.of()).isEmpty());
  }

  @Test
  void aPartNoAttachmentNamesIsRejected_Communication_1_5_2_s2_b2_b2() {
    AttachmentRejectedException e = assertThrows(AttachmentRejectedException.class,
        () -> AttachmentMatching.match(List.of(statement()), List.of(text())));
    assertEquals("part 2", e.fieldErrors().get(0).field());
  }

  @Test
  void oneCopyServesSeveralStatementsAndASecondCopyIsNotStoredTwice_Communication_1_5_2_s2_b2_b5() {
    List<JsonObject> batch = List.of(statement(attachment(TEXT_SHA2, null)), statement(attachment(TEXT_SHA2, null)));
    assertEquals(1, AttachmentMatching.match(batch, List.of(text())).size());
    assertEquals(1, AttachmentMatching.match(batch, List.of(text(), text())).size());
  }

  @Test
  void inABatchTheMissingPartIsNamedByItsStatement() {
    List<JsonObject> batch = List.of(statement(), statement(attachment("a".repeat(64), null)));
    AttachmentRejectedException e = assertThrows(AttachmentRejectedException.class,
        () -> AttachmentMatching.match(batch, List.of()));
    assertEquals("[1].attachments[0].sha2", e.fieldErrors().get(0).field());
  }

  @Test
  void subStatementAttachmentsNeedTheirDataToo_Data_2_4_4_3() {
    JsonObject sub = Statements.JSON.createObjectBuilder(statement())
        .add("object", Statements.JSON.createObjectBuilder(statement(attachment(TEXT_SHA2, null)))
            .add("objectType", "SubStatement")).build();
    assertThrows(AttachmentRejectedException.class, () -> AttachmentMatching.match(List.of(sub), List.of()));
    assertEquals(1, AttachmentMatching.match(List.of(sub), List.of(text())).size());
  }

  @Test
  void hashesAreComparedWithoutRegardToCase() {
    assertEquals(1, AttachmentMatching.match(
        List.of(statement(attachment(TEXT_SHA2.toUpperCase(Locale.ROOT), null))), List.of(text())).size());
  }

  static AttachmentPart text() {
    return AttachmentPart.received(2, Sha256.hex(TEXT), "text/plain", TEXT);
  }

  static JsonObject attachment(String sha2, String fileUrl) {
    var attachment = Statements.JSON.createObjectBuilder()
        .add("usageType", "http://example.com/attachment-usage/test")
        .add("display", Statements.JSON.createObjectBuilder().add("en-US", "A test attachment"))
        .add("contentType", "text/plain; charset=ascii")
        .add("length", 27)
        .add("sha2", sha2);
    if (fileUrl != null) {
      attachment.add("fileUrl", fileUrl);
    }
    return attachment.build();
  }

  static JsonObject statement(JsonObject... attachments) {
    var statement = Statements.JSON.createObjectBuilder(Statements.MINIMAL);
    if (attachments.length > 0) {
      var list = Statements.JSON.createArrayBuilder();
      List.of(attachments).forEach(list::add);
      statement.add("attachments", list);
    }
    return statement.build();
  }
}
