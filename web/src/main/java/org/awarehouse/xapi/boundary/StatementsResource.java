package org.awarehouse.xapi.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.awarehouse.xapi.control.StatementFormats;
import org.awarehouse.xapi.control.StatementQuery;
import org.awarehouse.xapi.control.StatementService;
import org.awarehouse.xapi.control.StatementStore;
import org.awarehouse.xapi.control.XapiTimes;
import org.awarehouse.xapi.control.StoredStatement;

/**
 * The Statement Resource (xAPI 1.0.3 Communication §2.1): PUT one statement under its id, POST
 * one or a batch, GET one by id or a filtered page with a {@code more} link. HEAD answers as GET
 * without a body.
 */
@Path("/xapi/statements")
public class StatementsResource {
  private static final JsonProvider JSON = JsonProvider.provider();

  @Inject StatementService statements;
  @Inject StatementRequests requests;
  @Inject Clock clock;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Response put(InputStream body) {
    MultivaluedMap<String, String> query = requests.onlyKnown(uri.getQueryParameters(), StatementRequests.PUT_PARAMETERS);
    UUID id = requests.uuid(query.getFirst("statementId"), "statementId");
    statements.put(id, requests.object(requests.read(body, headers.getLength())));
    return Response.noContent().build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response post(InputStream body) {
    requests.onlyKnown(uri.getQueryParameters(), List.of());
    JsonValue parsed = requests.read(body, headers.getLength());
    List<JsonObject> batch = parsed instanceof JsonArray array ? requests.objects(array) : List.of(requests.object(parsed));
    JsonArrayBuilder ids = JSON.createArrayBuilder();
    statements.post(batch).forEach(id -> ids.add(id.toString()));
    return Response.ok(ids.build().toString(), MediaType.APPLICATION_JSON_TYPE).build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response get() {
    MultivaluedMap<String, String> query = requests.onlyKnown(uri.getQueryParameters(), StatementRequests.GET_PARAMETERS);
    String format = requests.format(query.getFirst("format"));
    requests.noAttachments(query.getFirst("attachments"));
    String statementId = query.getFirst("statementId");
    String voidedId = query.getFirst("voidedStatementId");
    if (statementId != null || voidedId != null) {
      requests.singleOnly(query);
      StoredStatement found = statements.one(
          requests.uuid(statementId != null ? statementId : voidedId, statementId != null ? "statementId" : "voidedStatementId"),
          voidedId != null);
      return Response.ok(formatted(found.statement(), format).toString(), MediaType.APPLICATION_JSON_TYPE)
          .lastModified(Date.from(found.stored()))
          .header(StatementRequests.CONSISTENT_THROUGH, XapiTimes.format(clock.instant()))
          .build();
    }
    StatementQuery filters = query.containsKey("more") ? requests.more(query) : requests.filters(query);
    StatementStore.Page page = statements.query(filters);
    JsonArrayBuilder found = JSON.createArrayBuilder();
    List<StoredStatement> list = new ArrayList<>(page.statements());
    list.forEach(s -> found.add(formatted(s.statement(), format)));
    String more = page.more() ? requests.moreLink(filters.continuedAfter(list.get(list.size() - 1).seq()), format) : "";
    JsonObject result = JSON.createObjectBuilder().add("statements", found).add("more", more).build();
    Response.ResponseBuilder answer = Response.ok(result.toString(), MediaType.APPLICATION_JSON_TYPE)
        .header(StatementRequests.CONSISTENT_THROUGH, XapiTimes.format(clock.instant()));
    if (!list.isEmpty()) {
      answer.lastModified(Date.from(list.stream().map(StoredStatement::stored).max(java.util.Comparator.naturalOrder())
          .orElseThrow()));
    }
    return answer.build();
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
