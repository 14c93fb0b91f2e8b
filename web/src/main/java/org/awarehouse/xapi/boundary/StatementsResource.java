package org.awarehouse.xapi.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.awarehouse.xapi.control.AttachmentPart;
import org.awarehouse.xapi.control.AttachmentTransmission;
import org.awarehouse.xapi.control.ReceivedStatement;
import org.awarehouse.xapi.control.StatementFormats;
import org.awarehouse.xapi.control.StatementQuery;
import org.awarehouse.xapi.control.StatementService;
import org.awarehouse.xapi.control.StatementStore;
import org.awarehouse.xapi.control.XapiTimes;
import org.awarehouse.xapi.control.StoredStatement;

/**
 * The Statement Resource (xAPI 1.0.3 Communication §2.1): PUT one statement under its id, POST
 * one or a batch, GET one by id or a filtered page with a {@code more} link. HEAD answers as GET
 * without a body. PUT and POST take application/json or, with attachment data, multipart/mixed
 * (Communication §1.5.2); GET answers multipart/mixed when asked for attachments.
 */
@Path("/xapi/statements")
public class StatementsResource {
  private static final JsonProvider JSON = JsonProvider.provider();

  @Inject StatementService statements;
  @Inject StatementRequests requests;
  @Inject MultipartStatements multipart;
  @Inject Clock clock;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Response put(InputStream body) {
    JsonObject statement = requests.object(requests.read(body, headers.getLength()));
    statements.put(putId(), statement, List.of());
    return Response.noContent().build();
  }

  /** PUT with attachment data (Communication §1.5.2). */
  @PUT
  @Consumes(MultipartStatements.MULTIPART_MIXED)
  public Response putWithAttachments(InputStream body) {
    MultipartStatements.Received received = multipart.read(body, headers.getMediaType(), headers.getLength());
    statements.put(putId(), requests.object(received.statements()), received.parts());
    return Response.noContent().build();
  }

  private UUID putId() {
    MultivaluedMap<String, String> query = requests.onlyKnown(uri.getQueryParameters(), StatementRequests.PUT_PARAMETERS);
    return requests.uuid(query.getFirst("statementId"), "statementId");
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response post(InputStream body) {
    requests.onlyKnown(uri.getQueryParameters(), List.of());
    return posted(requests.statements(body, headers.getLength()), List.of());
  }

  /** POST with attachment data (Communication §1.5.2). */
  @POST
  @Consumes(MultipartStatements.MULTIPART_MIXED)
  @Produces(MediaType.APPLICATION_JSON)
  public Response postWithAttachments(InputStream body) {
    requests.onlyKnown(uri.getQueryParameters(), List.of());
    MultipartStatements.Received received = multipart.read(body, headers.getMediaType(), headers.getLength());
    return posted(requests.withoutTexts(received.statements()), received.parts());
  }

  private Response posted(List<ReceivedStatement> batch, List<AttachmentPart> parts) {
    JsonArrayBuilder ids = JSON.createArrayBuilder();
    statements.post(batch, parts).forEach(id -> ids.add(id.toString()));
    return Response.ok(ids.build().toString(), MediaType.APPLICATION_JSON_TYPE).build();
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, MultipartStatements.MULTIPART_MIXED})
  public Response get() {
    MultivaluedMap<String, String> query = requests.onlyKnown(uri.getQueryParameters(), StatementRequests.GET_PARAMETERS);
    String format = requests.format(query.getFirst("format"));
    boolean attachments = requests.attachments(query.getFirst("attachments"));
    String statementId = query.getFirst("statementId");
    String voidedId = query.getFirst("voidedStatementId");
    if (statementId != null || voidedId != null) {
      requests.singleOnly(query);
      StoredStatement found = statements.one(
          requests.uuid(statementId != null ? statementId : voidedId, statementId != null ? "statementId" : "voidedStatementId"),
          voidedId != null);
      JsonObject statement = formatted(found.statement(), format);
      return answer(statement, List.of(statement), attachments)
          .lastModified(Date.from(found.stored()))
          .build();
    }
    StatementQuery filters = query.containsKey("more") ? requests.more(query) : requests.filters(query);
    StatementStore.Page page = statements.query(filters);
    List<StoredStatement> list = new ArrayList<>(page.statements());
    List<JsonObject> returned = list.stream().map(s -> formatted(s.statement(), format)).toList();
    String more = page.more()
        ? requests.moreLink(filters.continuedAfter(list.get(list.size() - 1).seq()), format, attachments) : "";
    JsonObject result = JSON.createObjectBuilder().add("statements", JSON.createArrayBuilder(returned)).add("more", more)
        .build();
    Response.ResponseBuilder answer = answer(result, returned, attachments);
    if (!list.isEmpty()) {
      answer.lastModified(Date.from(list.stream().map(StoredStatement::stored).max(java.util.Comparator.naturalOrder())
          .orElseThrow()));
    }
    return answer.build();
  }

  /**
   * JSON, or with attachments=true multipart/mixed with the attachment data the returned
   * statements name (Communication §2.1.3.s1.table1.row13 and §1.5.2.s3.b1).
   */
  private Response.ResponseBuilder answer(JsonObject json, List<JsonObject> returned, boolean attachments) {
    Response.ResponseBuilder answer = attachments ? multipartAnswer(json, returned)
        : Response.ok(json.toString(), MediaType.APPLICATION_JSON_TYPE);
    return answer.header(StatementRequests.CONSISTENT_THROUGH, XapiTimes.format(clock.instant()));
  }

  private Response.ResponseBuilder multipartAnswer(JsonObject json, List<JsonObject> returned) {
    AttachmentTransmission entity =
        new AttachmentTransmission(json.toString(), statements.attachmentsOf(returned), statements::content);
    return Response.ok((StreamingOutput) entity::write, entity.contentType());
  }

  private JsonObject formatted(JsonObject statement, String format) {
    return switch (format) {
      case "ids" -> StatementFormats.ids(statement);
      case "canonical" -> StatementFormats.canonical(statement, languages());
      default -> statement;
    };
  }

  private List<String> languages() {
    return headers.getAcceptableLanguages().stream()
        .map(Locale::toLanguageTag)
        .filter(tag -> !tag.equals("und") && !tag.equals("*"))
        .toList();
  }
}
