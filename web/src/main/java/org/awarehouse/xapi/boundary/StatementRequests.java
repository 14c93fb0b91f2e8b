package org.awarehouse.xapi.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import org.awarehouse.platform.control.InvalidInputException;
import org.awarehouse.xapi.control.InvalidStatementException;
import org.awarehouse.xapi.control.ReceivedStatement;
import org.awarehouse.xapi.control.StatementQuery;
import org.awarehouse.xapi.control.XapiTimes;
import org.awarehouse.xapi.control.StatementTooLargeException;
import org.awarehouse.xapi.control.StatementValidator;
import org.awarehouse.xapi.control.XapiCaller;
import org.awarehouse.xapi.control.XapiKeys;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns Statement Resource requests into values: bodies read up to the configured size and parsed
 * as JSON, query parameters checked against the ones the specification defines (an unknown one is
 * a 400, Communication §2.1.3), filters parsed, and {@code more} links made and read.
 */
@ApplicationScoped
public class StatementRequests {
  static final String CONSISTENT_THROUGH = "X-Experience-API-Consistent-Through";
  static final List<String> PUT_PARAMETERS = List.of("statementId");
  static final List<String> GET_PARAMETERS = List.of("statementId", "voidedStatementId", "agent", "verb", "activity",
      "registration", "related_activities", "related_agents", "since", "until", "limit", "format", "attachments",
      "ascending", "more");
  private static final Set<String> SINGLE_PARAMETERS = Set.of("statementId", "voidedStatementId", "format", "attachments");
  private static final JsonProvider JSON = JsonProvider.provider();

  @Inject XapiCaller caller;

  @Inject
  @ConfigProperty(name = "awarehouse.xapi.max-body-bytes", defaultValue = "8388608")
  long maxBodyBytes;

  /** Through a method: another bean reading the field would read the CDI proxy's, which is 0. */
  long maxBodyBytes() {
    return maxBodyBytes;
  }

  @Inject
  @ConfigProperty(name = "awarehouse.xapi.page-size", defaultValue = "500")
  int pageSize;

  MultivaluedMap<String, String> onlyKnown(MultivaluedMap<String, String> query, List<String> known) {
    for (String name : query.keySet()) {
      if (!known.contains(name)) {
        throw new InvalidInputException(name, "is not a parameter of this resource");
      }
      if (query.get(name).size() > 1) {
        throw new InvalidInputException(name, "is given more than once");
      }
    }
    return query;
  }

  /** The body as JSON; {@code declaredLength} is the Content-Length, or -1 when not sent. */
  JsonValue read(InputStream body, long declaredLength) {
    return parse(bytes(body, declaredLength));
  }

  private static JsonValue parse(byte[] bytes) {
    try (var reader = JSON.createReader(new ByteArrayInputStream(bytes))) {
      return reader.readValue();
    } catch (JsonParsingException e) {
      throw new InvalidInputException("body", "is not JSON (" + e.getMessage() + ")");
    } catch (JsonException e) {
      throw new InvalidInputException("body", "is not JSON");
    }
  }

  /**
   * A POST body's statements, one object or an array of them, each with its text exactly as the
   * body had it (Parsson reports where each object starts and ends). A body that is not UTF-8
   * is parsed as before, without texts.
   */
  List<ReceivedStatement> statements(InputStream body, long declaredLength) {
    byte[] bytes = bytes(body, declaredLength);
    int bom = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
    // JSON starts with an ASCII character, so a zero byte among the first two, or a UTF-16 byte
    // order mark, means UTF-16 or UTF-32 (RFC 4627 §3), which the reader detects by itself
    if (bytes.length - bom >= 2 && (bytes[bom] == 0 || bytes[bom + 1] == 0 || bytes[0] == (byte) 0xFE
        || bytes[0] == (byte) 0xFF)) {
      return withoutTexts(parse(bytes));
    }
    String text = new String(bytes, bom, bytes.length - bom, StandardCharsets.UTF_8);
    try (JsonParser parser = JSON.createParser(new StringReader(text))) {
      if (!parser.hasNext()) {
        throw new InvalidInputException("body", "is not JSON");
      }
      List<ReceivedStatement> statements = new ArrayList<>();
      JsonParser.Event first = parser.next();
      if (first == JsonParser.Event.START_OBJECT) {
        statements.add(received(parser, text));
      } else if (first == JsonParser.Event.START_ARRAY) {
        for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_ARRAY; next = parser.next()) {
          if (next != JsonParser.Event.START_OBJECT) {
            throw new InvalidStatementException("[" + statements.size() + "]", "must be a JSON object");
          }
          statements.add(received(parser, text));
        }
      } else {
        throw new InvalidStatementException("(statement)", "must be a JSON object");
      }
      if (parser.hasNext()) {
        throw new InvalidInputException("body", "is not JSON (more follows the statements)");
      }
      return statements;
    } catch (JsonParsingException e) {
      throw new InvalidInputException("body", "is not JSON (" + e.getMessage() + ")");
    } catch (JsonException | NoSuchElementException e) {
      throw new InvalidInputException("body", "is not JSON");
    }
  }

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** The object whose START_OBJECT the parser just gave, with its text: from its "{" to its "}". */
  private static ReceivedStatement received(JsonParser parser, String text) {
    int start = (int) parser.getLocation().getStreamOffset() - 1;
    JsonObject object = parser.getObject();
    int end = (int) parser.getLocation().getStreamOffset();
    String own = text.substring(start, end);
    if (own.charAt(0) != '{' || own.charAt(own.length() - 1) != '}') {
      throw new IllegalStateException("The JSON parser reported a statement's place wrongly");
    }
    return new ReceivedStatement(object, own);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  /** Statements parsed elsewhere (a multipart request's first part), without their texts. */
  List<ReceivedStatement> withoutTexts(JsonValue parsed) {
    List<JsonObject> objects = parsed instanceof JsonArray array ? objects(array) : List.of(object(parsed));
    return objects.stream().map(ReceivedStatement::withoutText).toList();
  }

  /** The body's bytes, refused with 413 beyond the configured size. */
  byte[] bytes(InputStream body, long declaredLength) {
    if (declaredLength > maxBodyBytes) {
      throw new StatementTooLargeException(maxBodyBytes);
    }
    byte[] bytes;
    try {
      if (declaredLength >= 0) {
        // the declared length is the whole body (HTTP frames it): one array, no growing copies
        bytes = new byte[(int) declaredLength];
        int read = body.readNBytes(bytes, 0, bytes.length);
        return read == bytes.length ? bytes : Arrays.copyOf(bytes, read);
      }
      bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, maxBodyBytes + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > maxBodyBytes) {
      throw new StatementTooLargeException(maxBodyBytes);
    }
    return bytes;
  }

  JsonObject object(JsonValue value) {
    if (value instanceof JsonObject object) {
      return object;
    }
    throw new InvalidStatementException("(statement)", "must be a JSON object");
  }

  List<JsonObject> objects(JsonArray array) {
    List<JsonObject> list = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (!(array.get(i) instanceof JsonObject object)) {
        throw new InvalidStatementException("[" + i + "]", "must be a JSON object");
      }
      list.add(object);
    }
    return list;
  }

  UUID uuid(String value, String name) {
    if (value == null || !StatementValidator.isUuid(value)) {
      throw new InvalidInputException(name, value == null ? "is required" : "must be a UUID");
    }
    return UUID.fromString(value);
  }

  String format(String value) {
    if (value == null) {
      return "exact";
    }
    if (!List.of("exact", "ids", "canonical").contains(value)) {
      throw new InvalidInputException("format", "must be exact, ids or canonical");
    }
    return value;
  }

  /**
   * Communication §2.1.3.s1.table1.row13, "attachments": true answers multipart/mixed with the
   * attachment data, false (the default) application/json.
   */
  boolean attachments(String value) {
    if (value == null || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw new InvalidInputException("attachments", "must be true or false");
  }

  void singleOnly(MultivaluedMap<String, String> query) {
    if (query.containsKey("statementId") && query.containsKey("voidedStatementId")) {
      throw new InvalidInputException("voidedStatementId", "cannot be combined with statementId");
    }
    for (String name : query.keySet()) {
      if (!SINGLE_PARAMETERS.contains(name)) {
        throw new InvalidInputException(name, "cannot be combined with statementId or voidedStatementId");
      }
    }
  }

  StatementQuery filters(MultivaluedMap<String, String> query) {
    return new StatementQuery(agent(query.getFirst("agent")), bool(query, "related_agents"),
        iri(query.getFirst("verb"), "verb"), iri(query.getFirst("activity"), "activity"),
        bool(query, "related_activities"),
        query.containsKey("registration") ? uuid(query.getFirst("registration"), "registration") : null,
        time(query.getFirst("since"), "since"), time(query.getFirst("until"), "until"), limit(query.getFirst("limit")),
        bool(query, "ascending"), null);
  }

  private String agent(String json) {
    return json == null ? null : agentIdentifier(json, "agent");
  }

  /** The identifier of the Agent or identified Group in a JSON parameter, or a 400 naming it. */
  String agentIdentifier(String json, String parameter) {
    JsonValue value;
    try (var reader = JSON.createReader(new StringReader(json))) {
      value = reader.readValue();
    } catch (JsonException e) {
      throw new InvalidInputException(parameter, "must be a JSON Agent or identified Group");
    }
    if (!(value instanceof JsonObject agent)) {
      throw new InvalidInputException(parameter, "must be a JSON Agent or identified Group");
    }
    new StatementValidator(caller.version()).validateAgent(agent, parameter);
    return XapiKeys.identifier(agent)
        .orElseThrow(() -> new InvalidInputException(parameter, "an anonymous group cannot be searched for"));
  }

  static String iri(String value, String name) {
    if (value != null && (value.isBlank() || !value.contains(":"))) {
      throw new InvalidInputException(name, "must be an IRI");
    }
    return value;
  }

  private static boolean bool(MultivaluedMap<String, String> query, String name) {
    String value = query.getFirst(name);
    if (value == null || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw new InvalidInputException(name, "must be true or false");
  }

  static Instant time(String value, String name) {
    if (value == null) {
      return null;
    }
    return XapiTimes.instant(value)
        .orElseThrow(() -> new InvalidInputException(name, "must be an ISO 8601 timestamp with a time zone"));
  }

  private int limit(String value) {
    if (value == null) {
      return pageSize;
    }
    try {
      int limit = Integer.parseInt(value);
      if (limit < 0) {
        throw new InvalidInputException("limit", "must be 0 or more");
      }
      return limit == 0 ? pageSize : Math.min(limit, pageSize);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("limit", "must be a whole number");
    }
  }

  /** The relative IRL of the next page: the query and where it stopped, as an opaque token. */
  String moreLink(StatementQuery query, String format, boolean attachments) {
    var json = JSON.createObjectBuilder();
    add(json, "agent", query.agent());
    add(json, "verb", query.verb());
    add(json, "activity", query.activity());
    add(json, "registration", query.registration() == null ? null : query.registration().toString());
    add(json, "since", query.since() == null ? null : query.since().toString());
    add(json, "until", query.until() == null ? null : query.until().toString());
    json.add("relatedAgents", query.relatedAgents()).add("relatedActivities", query.relatedActivities())
        .add("limit", query.limit()).add("ascending", query.ascending()).add("after", query.afterSeq());
    String token = Base64.getUrlEncoder().withoutPadding()
        .encodeToString(json.build().toString().getBytes(StandardCharsets.UTF_8));
    // the next page is asked for as this one was, attachment data included
    return "/xapi/statements?more=" + token + (format.equals("exact") ? "" : "&format=" + format)
        + (attachments ? "&attachments=true" : "");
  }

  StatementQuery more(MultivaluedMap<String, String> query) {
    for (String name : query.keySet()) {
      if (!Set.of("more", "format", "attachments").contains(name)) {
        throw new InvalidInputException(name, "cannot be combined with more; the more link carries the query");
      }
    }
    try (var reader = JSON.createReader(new ByteArrayInputStream(Base64.getUrlDecoder().decode(query.getFirst("more"))))) {
      JsonObject q = reader.readObject();
      return new StatementQuery(q.getString("agent", null), q.getBoolean("relatedAgents"), q.getString("verb", null),
          q.getString("activity", null), q.getBoolean("relatedActivities"),
          q.containsKey("registration") ? UUID.fromString(q.getString("registration")) : null,
          q.containsKey("since") ? Instant.parse(q.getString("since")) : null,
          q.containsKey("until") ? Instant.parse(q.getString("until")) : null,
          Math.min(q.getInt("limit"), pageSize), q.getBoolean("ascending"), q.getJsonNumber("after").longValue());
    } catch (RuntimeException e) {
      // an altered or invented token fails in any of a dozen ways, and each means the same
      throw new InvalidInputException("more", "is not a more link this LRS made");
    }
  }

  private static void add(jakarta.json.JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }
}
