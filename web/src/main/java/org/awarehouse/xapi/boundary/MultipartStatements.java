package org.awarehouse.xapi.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.awarehouse.xapi.control.AttachmentPart;
import org.awarehouse.xapi.control.MalformedMultipartException;
import org.awarehouse.xapi.control.StatementTooLargeException;

/**
 * Turns a multipart/mixed Statement Resource request (xAPI Communication §1.5.2) into the
 * statements of its first part and the attachment data of the others, each checked against its
 * X-Experience-API-Hash. Which attachment each part belongs to is the service's business.
 */
@ApplicationScoped
public class MultipartStatements {
  static final String MULTIPART_MIXED = "multipart/mixed";

  @Inject StatementRequests requests;

  /** The statements JSON (one or a batch) and the attachment parts, in body order. */
  record Received(JsonValue statements, List<AttachmentPart> parts) {}

  Received read(InputStream body, MediaType type, long declaredLength) {
    if (declaredLength > requests.maxBodyBytes()) {
      throw new StatementTooLargeException(requests.maxBodyBytes());
    }
    List<MultipartParser.Part> parts =
        MultipartParser.parse(body, type.getParameters().get("boundary"), requests.maxBodyBytes());
    MultipartParser.Part first = parts.get(0);
    // §1.5.2.s2.b2.b1 and b6: the first part holds the statements, with type application/json
    if (!essence(first.header("Content-Type")).equals("application/json")) {
      throw new MalformedMultipartException("The first part must hold the statements with Content-Type "
          + "application/json (Communication §1.5.2.s2.b2.b1).");
    }
    JsonValue statements = requests.read(new ByteArrayInputStream(first.body()), first.body().length);
    List<AttachmentPart> attachments = new ArrayList<>();
    for (int i = 1; i < parts.size(); i++) {
      attachments.add(attachment(i + 1, parts.get(i)));
    }
    return new Received(statements, attachments);
  }

  private static AttachmentPart attachment(int number, MultipartParser.Part part) {
    // §1.5.2.s2.b2.b4 requires Content-Transfer-Encoding: binary, and §1.5.2.s3.b6 has the LRS
    // assume binary when it is missing; any other encoding would make the octets not the data
    String encoding = part.header("Content-Transfer-Encoding");
    if (encoding != null && !encoding.equalsIgnoreCase("binary")) {
      throw new MalformedMultipartException("Part " + number + " has Content-Transfer-Encoding " + encoding
          + "; attachment parts must be binary (Communication §1.5.2.s2.b2.b4).");
    }
    String contentType = part.header("Content-Type"); // §1.5.2.s2.b2.b6: SHOULD, so optional
    return AttachmentPart.received(number, part.header("X-Experience-API-Hash"),
        contentType == null ? MediaType.APPLICATION_OCTET_STREAM : contentType, part.body());
  }

  /** The type/subtype of a Content-Type value, lower case, without parameters. */
  private static String essence(String contentType) {
    return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
  }
}
