package org.awarehouse.xapi.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.awarehouse.platform.control.InvalidInputException;
import org.awarehouse.xapi.entity.XapiDocument;

/**
 * The document resources (xAPI 1.0.3 Communication §2.3 to §2.6): opaque documents under an
 * activity, an agent, both (State, with an optional registration), stored with their media type,
 * replaced by PUT, merged by POST when both sides are JSON objects, and guarded by ETags.
 */
@ApplicationScoped
public class DocumentStore {
  private static final JsonProvider JSON = JsonProvider.provider();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * The three resources. Profiles refuse a PUT over an existing document that names no ETag
   * precondition (§3.1: "MUST return 409"); the State Resource does not require one.
   */
  public enum Kind {
    STATE("state", false), ACTIVITY_PROFILE("activity-profile", true), AGENT_PROFILE("agent-profile", true);

    private final String name;
    private final boolean requiresPrecondition;

    Kind(String name, boolean requiresPrecondition) {
      this.name = name;
      this.requiresPrecondition = requiresPrecondition;
    }
  }

  /**
   * The documents one list request covers: the kind and its activity and/or agent. The agent is
   * given by its identifier (for the key) and its JSON (kept for reading).
   */
  public record Scope(Kind kind, String activityId, String agentIdentifier, String agentJson) {}

  /** The If-Match and If-None-Match headers of the request, each nullable. */
  public record Conditions(String ifMatch, String ifNoneMatch) {}

  /** A stored document. */
  public record Document(String id, String contentType, byte[] content, String etag, Instant updated) {}

  @Transactional
  public Optional<Document> get(UUID org, Scope scope, UUID registration, String documentId) {
    return find(org, scope, registration, documentId, false).map(DocumentStore::document);
  }

  /** The ids of the scope's documents (of one registration, when given), changed after {@code since}. */
  @Transactional
  public List<String> ids(UUID org, Scope scope, UUID registration, Instant since) {
    return em.createQuery("select d.documentId from XapiDocument d where d.organisationId = :org "
            + "and d.scopeKey = :scope and (:registration is null or d.registration = :registration) "
            + "and (:since is null or d.updated > :since) order by d.updated, d.documentId", String.class)
        .setParameter("org", org)
        .setParameter("scope", scopeKey(scope))
        .setParameter("registration", registration)
        .setParameter("since", since)
        .getResultList();
  }

  @Transactional
  public Document put(UUID org, Scope scope, UUID registration, String documentId, String contentType, byte[] content,
      Conditions conditions) {
    Optional<XapiDocument> existing = find(org, scope, registration, documentId, true);
    check(existing, conditions, scope.kind().requiresPrecondition);
    return document(store(existing, org, scope, registration, documentId, contentType, content));
  }

  /** POST: a JSON object merged into a stored JSON object (its top-level properties win), or stored new. */
  @Transactional
  public Document post(UUID org, Scope scope, UUID registration, String documentId, String contentType, byte[] content,
      Conditions conditions) {
    JsonObject sent = jsonObject(content, contentType)
        .orElseThrow(() -> new InvalidInputException("body", "must be a JSON object sent as application/json to be merged"));
    Optional<XapiDocument> existing = find(org, scope, registration, documentId, true);
    check(existing, conditions, false);
    if (existing.isEmpty()) {
      return document(store(existing, org, scope, registration, documentId, "application/json", content));
    }
    JsonObject stored = jsonObject(existing.get().content(), existing.get().contentType())
        .orElseThrow(() -> new InvalidInputException("body", "cannot be merged: the stored document is not a JSON object"));
    JsonObjectBuilder merged = JSON.createObjectBuilder(stored);
    sent.forEach(merged::add);
    byte[] bytes = merged.build().toString().getBytes(StandardCharsets.UTF_8);
    return document(store(existing, org, scope, registration, documentId, "application/json", bytes));
  }

  @Transactional
  public void delete(UUID org, Scope scope, UUID registration, String documentId, Conditions conditions) {
    Optional<XapiDocument> existing = find(org, scope, registration, documentId, true);
    check(existing, conditions, false);
    existing.ifPresent(em::remove);
  }

  /** DELETE without a stateId: every state of the activity and agent (and registration, when given). */
  @Transactional
  public int deleteAll(UUID org, Scope scope, UUID registration) {
    return em.createQuery("delete from XapiDocument d where d.organisationId = :org and d.scopeKey = :scope "
            + "and (:registration is null or d.registration = :registration)")
        .setParameter("org", org)
        .setParameter("scope", scopeKey(scope))
        .setParameter("registration", registration)
        .executeUpdate();
  }

  private Optional<XapiDocument> find(UUID org, Scope scope, UUID registration, String documentId, boolean lock) {
    return em.createQuery("select d from XapiDocument d where d.organisationId = :org and d.docKey = :key",
            XapiDocument.class)
        .setParameter("org", org)
        .setParameter("key", docKey(scope, registration, documentId))
        .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
        .getResultStream()
        .findFirst();
  }

  private XapiDocument store(Optional<XapiDocument> existing, UUID org, Scope scope, UUID registration,
      String documentId, String contentType, byte[] content) {
    XapiDocument document = existing.orElseGet(() -> new XapiDocument(new XapiDocument.Address(org,
        docKey(scope, registration, documentId), scope.kind().name, scopeKey(scope), scope.activityId(),
        scope.agentJson(), registration, documentId)));
    document.replace(contentType, content, etag(content), clock.instant());
    if (existing.isEmpty()) {
      em.persist(document);
    }
    return document;
  }

  /** §3.1: If-Match must name the current ETag (or * for any); If-None-Match * means only if absent. */
  private static void check(Optional<XapiDocument> existing, Conditions conditions, boolean requirePrecondition) {
    if (conditions.ifMatch() != null
        && (existing.isEmpty() || !matches(conditions.ifMatch(), existing.get().etag()))) {
      throw DocumentPreconditionException.failed("If-Match names another version of the document, or none exists.");
    }
    if (conditions.ifNoneMatch() != null && existing.isPresent()
        && matches(conditions.ifNoneMatch(), existing.get().etag())) {
      throw DocumentPreconditionException.failed("If-None-Match: the document exists.");
    }
    if (requirePrecondition && existing.isPresent() && conditions.ifMatch() == null && conditions.ifNoneMatch() == null) {
      throw DocumentPreconditionException.unconditional();
    }
  }

  private static boolean matches(String header, String etag) {
    for (String candidate : header.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*")) {
        return true;
      }
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.replace("\"", "").equalsIgnoreCase(etag)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<JsonObject> jsonObject(byte[] content, String contentType) {
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      return Optional.empty();
    }
    try (var reader = JSON.createReader(new ByteArrayInputStream(content))) {
      JsonValue value = reader.readValue();
      return value instanceof JsonObject object ? Optional.of(object) : Optional.empty();
    } catch (JsonException e) {
      return Optional.empty();
    }
  }

  private static Document document(XapiDocument d) {
    return new Document(d.documentId(), d.contentType(), d.content(), d.etag(), d.updated());
  }

  static byte[] scopeKey(Scope scope) {
    return XapiKeys.of(scope.kind().name + "\n" + nullToEmpty(scope.activityId()) + "\n"
        + nullToEmpty(scope.agentIdentifier()));
  }

  static byte[] docKey(Scope scope, UUID registration, String documentId) {
    return XapiKeys.of(HexFormat.of().formatHex(scopeKey(scope)) + "\n"
        + (registration == null ? "" : registration.toString()) + "\n" + documentId);
  }

  /** The ETag of a document: the SHA-1 of its content, as the specification suggests. */
  static String etag(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every JDK", e);
    }
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
