package org.awarehouse.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awarehouse.xapi.control.AttachmentTransmission;
import org.awarehouse.xapi.control.StoredAttachment;
import org.junit.jupiter.api.Test;

/** GET statements with attachments=true (Communication §2.1.3), in the §1.5.2 format. */
class AttachmentTransmissionTest {

  @Test
  void statementsComeFirstThenEachAttachmentWithItsHash_Communication_1_5_2_s2_b2() throws Exception {
    UUID org = UUID.randomUUID();
    byte[] pdf = {'%', 'P', 'D', 'F', '\r', '\n', 0, (byte) 0xff};
    byte[] text = "here is a simple attachment".getBytes(StandardCharsets.US_ASCII);
    Map<String, byte[]> data = Map.of("aa", pdf, "bb", text);
    AttachmentTransmission answer = new AttachmentTransmission("{\"statements\":[],\"more\":\"\"}",
        List.of(new StoredAttachment(org, "aa", "application/pdf", pdf.length),
            new StoredAttachment(org, "bb", "text/plain; charset=ascii", text.length)),
        attachment -> data.get(attachment.sha2()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    answer.write(out);

    assertTrue(answer.contentType().startsWith("multipart/mixed; boundary="));
    List<MultipartParser.Part> parts = MultipartParser.parse(new ByteArrayInputStream(out.toByteArray()),
        answer.contentType().substring("multipart/mixed; boundary=".length()), Long.MAX_VALUE);
    assertEquals(3, parts.size());
    assertEquals("application/json", parts.get(0).header("Content-Type"));
    assertEquals("{\"statements\":[],\"more\":\"\"}", new String(parts.get(0).body(), StandardCharsets.UTF_8));
    assertArrayEquals(pdf, parts.get(1).body());
    assertEquals("aa", parts.get(1).header("X-Experience-API-Hash"));
    assertEquals("binary", parts.get(1).header("Content-Transfer-Encoding"));
    assertEquals("application/pdf", parts.get(1).header("Content-Type"));
    assertArrayEquals(text, parts.get(2).body());
    assertEquals("text/plain; charset=ascii", parts.get(2).header("Content-Type"));
  }
}
