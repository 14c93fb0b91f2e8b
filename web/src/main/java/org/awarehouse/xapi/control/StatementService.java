package org.awarehouse.xapi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.awarehouse.lti.control.ToolUrls;
import org.awarehouse.platform.control.FieldError;

/**
 * The Statement Resource's rules around the store: validate every statement of a request before
 * storing any (a batch is all or nothing), then set what the LRS sets (xAPI 1.0.3 Data §2.4: id,
 * timestamp, stored, authority and version), and check the caller may write or read.
 */
@ApplicationScoped
public class StatementService {
  private static final JsonProvider JSON = JsonProvider.provider();

  @Inject StatementStore store;
  @Inject StatementCommits commits;
  @Inject AttachmentStore attachments;
  @Inject XapiCaller caller;
  @Inject Clock clock;
  @Inject ToolUrls urls;
  @Inject Instance<LaunchSessions> sessions;

  /**
   * POST: stores one statement or a batch with the attachment data the request carried (none for
   * application/json); returns their ids in order.
   */
  public List<UUID> post(List<ReceivedStatement> received, List<AttachmentPart> parts) {
    requireWrite();
    List<JsonObject> statements = received.stream().map(ReceivedStatement::json).toList();
    return stored(statements, batch -> {
      // a launch session's rules hand back the statements they were given, so texts still match
      List<String> texts = batch == statements ? received.stream().map(ReceivedStatement::text).toList() : null;
      List<StatementStore.Prepared> prepared = prepare(batch, texts, null, caller.version(), authority());
      Collection<AttachmentPart> data = attachmentData(batch, parts);
      // statements alone may be stored together with other requests' (group commit)
      return data.isEmpty() ? commits.store(caller.organisationId(), prepared)
          : store.store(caller.organisationId(), prepared, data);
    });
  }

  /**
   * A preview's statements, sent by content under a launch session: validated as a POST's are, and
   * given their ids, but not stored.
   */
  public List<UUID> acknowledged(List<JsonObject> statements) {
    return prepare(statements, null, null, caller.version(), authority()).stream()
        .map(StatementStore.Prepared::id).toList();
  }

  /**
   * Stores statements this server makes itself, such as those of the SCORM runtime, in an
   * organisation's store: validated like any others, with this tool as their authority.
   */
  public List<UUID> record(UUID organisationId, List<JsonObject> statements) {
    return store.store(organisationId, prepare(statements, null, null, XapiVersion.V2_0_0, toolAuthority()));
  }

  /** PUT with statementId: the id in the query wins, and a different id in the body is an error. */
  public void put(UUID statementId, JsonObject statement, List<AttachmentPart> parts) {
    requireWrite();
    if (statement.get("id") instanceof JsonString id && !id.getString().equalsIgnoreCase(statementId.toString())) {
      throw new InvalidStatementException("id", "differs from the statementId parameter " + statementId);
    }
    stored(List.of(statement), batch -> store.store(caller.organisationId(),
        prepare(batch, null, statementId, caller.version(), authority()), attachmentData(batch, parts)));
  }

  /**
   * The data to store once the attachments and parts fit together (Communication §1.5.2) and
   * every signature is well formed (Data §2.6); checked after the statements themselves are
   * valid, on the statements as received.
   */
  private static Collection<AttachmentPart> attachmentData(List<JsonObject> statements, List<AttachmentPart> parts) {
    Map<String, AttachmentPart> data = AttachmentMatching.match(statements, parts);
    for (int i = 0; i < statements.size(); i++) {
      StatementSignatures.verify(statements.get(i), statements.size() == 1 ? "" : "[" + i + "].", data);
    }
    return data.values();
  }

  /** A launch session's statements pass its launcher's rules, in the transaction that stores them. */
  private List<UUID> stored(List<JsonObject> statements, Function<List<JsonObject>, List<UUID>> storer) {
    XapiCredentials.SessionScope session = caller.credential().session();
    if (session == null) {
      return storer.apply(statements);
    }
    if (statements.isEmpty()) {
      throw new InvalidStatementException("[]", "a batch must hold at least one statement");
    }
    return sessions.get().store(session, statements, storer);
  }

  /** {@code texts}, when not null, holds each statement's text as received, or null where unknown. */
  private List<StatementStore.Prepared> prepare(List<JsonObject> statements, List<String> texts, UUID putId,
      XapiVersion version, JsonObject authority) {
    if (statements.isEmpty()) {
      throw new InvalidStatementException("[]", "a batch must hold at least one statement");
    }
    StatementValidator validator = new StatementValidator(version);
    // the stored column and the stored property must name the same instant, so that a client's
    // since/until taken from a statement's stored matches it exactly
    Instant stored = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    String storedText = XapiTimes.format(stored);
    String authorityText = authority.toString();
    Set<UUID> ids = new HashSet<>();
    List<StatementStore.Prepared> prepared = new ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      JsonObject statement = statements.get(i);
      try {
        validator.validate(statement);
      } catch (InvalidStatementException e) {
        throw statements.size() == 1 ? e : inBatch(e, i);
      }
      boolean clientChoseId = putId != null || statement.containsKey("id");
      UUID id = putId != null ? putId
          : statement.get("id") instanceof JsonString s ? UUID.fromString(s.getString()) : UUID.randomUUID();
      if (!ids.add(id)) {
        throw new InvalidStatementException("[" + i + "].id", "repeats the id of an earlier statement in this batch");
      }
      JsonObject complete = complete(statement, id, stored, authority, version);
      Instant occurred = XapiTimes.instant(complete.getString("timestamp")).orElse(stored);
      String text = texts == null ? null : completedText(texts.get(i), statement, id, storedText, authorityText, version);
      // what the statement says about progress is taken now, while the statement is still in
      // the processor's cache; the store applies it after inserting the whole batch
      StatementFacts facts = StatementFacts.of(complete);
      prepared.add(new StatementStore.Prepared(id, clientChoseId, complete, text != null ? text : complete.toString(),
          statement, facts, stored, occurred, ProgressProjection.Step.of(complete, facts, occurred)));
    }
    return prepared;
  }

  /** The same finding, with the statement's position in the batch in front of its path. */
  private static InvalidStatementException inBatch(InvalidStatementException e, int index) {
    FieldError error = e.fieldErrors().get(0);
    return new InvalidStatementException("[" + index + "]." + error.field(), error.message());
  }

  /** Sets id, timestamp (if absent), stored, authority (always) and version (if absent). */
  static JsonObject complete(JsonObject statement, UUID id, Instant stored, JsonObject authority,
      XapiVersion version) {
    JsonObjectBuilder builder = JSON.createObjectBuilder(statement);
    builder.add("id", id.toString());
    String now = XapiTimes.format(stored);
    if (!statement.containsKey("timestamp")) {
      builder.add("timestamp", now);
    }
    builder.add("stored", now);
    builder.add("authority", authority);
    if (!statement.containsKey("version")) {
      builder.add("version", versionText(version));
    }
    return builder.build();
  }

  /**
   * The statement's text as received with what the LRS sets written in front of its members: the
   * same JSON as {@link #complete}, without writing the whole statement out again. Null when adding
   * is not enough: the statement carries stored or authority, which the LRS replaces, or its id in
   * another form than the one stored.
   */
  static String completedText(String received, JsonObject statement, UUID id, String stored, String authority,
      XapiVersion version) {
    if (received == null || statement.containsKey("stored") || statement.containsKey("authority")) {
      return null;
    }
    StringBuilder text = new StringBuilder(received.length() + authority.length() + 160).append('{');
    if (statement.get("id") instanceof JsonString given) {
      if (!given.getString().equals(id.toString())) {
        return null;
      }
    } else {
      text.append("\"id\":\"").append(id).append("\",");
    }
    text.append("\"stored\":\"").append(stored).append("\",\"authority\":").append(authority);
    if (!statement.containsKey("timestamp")) {
      text.append(",\"timestamp\":\"").append(stored).append('"');
    }
    if (!statement.containsKey("version")) {
      text.append(",\"version\":\"").append(versionText(version)).append('"');
    }
    // a valid statement has members (actor, verb, object), so a comma always belongs here
    return text.append(',').append(received, 1, received.length()).toString();
  }

  private static String versionText(XapiVersion version) {
    return version == XapiVersion.V2_0_0 ? "2.0.0" : "1.0.0";
  }

  /** The agent behind the credential (Data §2.4.9): an account on this LRS named by its key. */
  public JsonObject authority() {
    XapiCredentials.Authenticated credential = caller.credential();
    return JSON.createObjectBuilder()
        .add("objectType", "Agent")
        .add("name", credential.name())
        .add("account", JSON.createObjectBuilder().add("homePage", urls.base() + "/xapi").add("name", credential.key()))
        .build();
  }

  /** The authority of the statements this server makes: the tool, as an account on its own LRS. */
  private JsonObject toolAuthority() {
    return JSON.createObjectBuilder()
        .add("objectType", "Agent")
        .add("name", "Awarehouse")
        .add("account", JSON.createObjectBuilder().add("homePage", urls.base() + "/xapi").add("name", "awarehouse"))
        .build();
  }

  /** GET with statementId or voidedStatementId (Communication §2.1.3). */
  public StoredStatement one(UUID id, boolean voided) {
    requireRead();
    StatementStore.Lookup found = store.byId(caller.organisationId(), id)
        .filter(this::ownLearnersIfSession)
        .orElseThrow(() -> new UnknownStatementException("No statement with id " + id + "."));
    if (found.voided() != voided) {
      throw new UnknownStatementException(voided
          ? "Statement " + id + " is not voided; ask with statementId."
          : "Statement " + id + " is voided; ask with voidedStatementId.");
    }
    return found.statement();
  }

  public StatementStore.Page query(StatementQuery query) {
    requireRead();
    return store.query(caller.organisationId(), ownLearnerOnly(query));
  }

  /**
   * A cmi5 session's token is in the learner's browser, so it reads only its own learner's
   * statements of its own registration: the query is narrowed to them, and a query for anyone
   * else is refused (the AU's access is what its launch concerns, cmi5 section 8.2.3).
   */
  private StatementQuery ownLearnerOnly(StatementQuery query) {
    XapiCredentials.SessionScope session = caller.credential().session();
    if (session == null) {
      return query;
    }
    String actor = XapiKeys.identifier(session.actor()).orElseThrow();
    if (query.agent() != null && !query.agent().equals(actor)
        || query.registration() != null && !query.registration().equals(session.registration())) {
      throw new XapiForbiddenException("A cmi5 session may read only its own learner's statements of its registration.");
    }
    return new StatementQuery(actor, query.relatedAgents(), query.verb(), query.activity(), query.relatedActivities(),
        session.registration(), query.since(), query.until(), query.limit(), query.ascending(), query.afterSeq());
  }

  /**
   * The stored data of every distinct attachment the statements name (Communication §2.1.3, the
   * "attachments" parameter), in order of first mention. Attachments known only by fileUrl have
   * no data here and are left out.
   */
  public List<StoredAttachment> attachmentsOf(List<JsonObject> statements) {
    requireRead();
    return attachments.referencedBy(caller.organisationId(), statements);
  }

  /** The octets of stored attachment data, read when a response writes them. */
  public byte[] content(StoredAttachment attachment) {
    return attachments.content(attachment.organisationId(), attachment.sha2())
        .orElseThrow(() -> new IllegalStateException("Attachment data vanished while being returned"));
  }

  /** A cmi5 session sees a single statement only when it is its own learner's, of its registration. */
  private boolean ownLearnersIfSession(StatementStore.Lookup found) {
    XapiCredentials.SessionScope session = caller.credential().session();
    if (session == null) {
      return true;
    }
    JsonObject statement = found.statement().statement();
    JsonObject context = statement.getJsonObject("context");
    return XapiKeys.identifier(statement.getJsonObject("actor")).equals(XapiKeys.identifier(session.actor()))
        && context != null && session.registration().toString().equals(context.getString("registration", null));
  }

  private void requireWrite() {
    if (!caller.credential().canWrite()) {
      throw new XapiForbiddenException("This LRS credential may read statements but not send them.");
    }
  }

  private void requireRead() {
    if (!caller.credential().canRead()) {
      throw new XapiForbiddenException("This LRS credential may send statements but not read them.");
    }
  }
}
