package org.awarehouse.xapi.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.awarehouse.platform.control.InvalidInputException;
import org.awarehouse.xapi.control.DocumentStore;
import org.awarehouse.xapi.control.UnknownDocumentException;
import org.awarehouse.xapi.control.XapiCaller;
import org.awarehouse.xapi.control.XapiCredentials;
import org.awarehouse.xapi.control.XapiForbiddenException;
import org.awarehouse.xapi.control.XapiKeys;

/**
 * What the three document resources share: their parameters, the ETag preconditions, and the
 * answers (a document with its media type and ETag, or the list of ids).
 */
@ApplicationScoped
public class DocumentRequests {
  private static final JsonProvider JSON = JsonProvider.provider();
  static final String LAUNCH_DATA = "LMS.LaunchData";

  @Inject StatementRequests requests;
  @Inject DocumentStore documents;
  @Inject XapiCaller caller;

  /** A document request: the scope, the registration (State only) and the document id, each checked. */
  record Target(DocumentStore.Scope scope, UUID registration, String documentId, MultivaluedMap<String, String> query) {}

  Target target(DocumentStore.Kind kind, UriInfo uri, List<String> known, String idParameter) {
    MultivaluedMap<String, String> query = requests.onlyKnown(uri.getQueryParameters(), known);
    String activity = known.contains("activityId") ? required(query, "activityId") : null;
    StatementRequests.iri(activity, "activityId");
    String agentJson = known.contains("agent") ? required(query, "agent") : null;
    String agent = agentJson == null ? null : requests.agentIdentifier(agentJson, "agent");
    UUID registration = query.containsKey("registration") ? requests.uuid(query.getFirst("registration"), "registration") : null;
    Target target = new Target(new DocumentStore.Scope(kind, activity, agent, agentJson), registration,
        query.getFirst(idParameter), query);
    requireOwnLearner(target);
    return target;
  }

  /**
   * A cmi5 session's token is in the learner's browser: it reaches the State and Agent Profile
   * documents of its own learner only, never another learner's (the LMS grants the AU access to
   * what its launch concerns, cmi5 section 8.2.3).
   */
  private void requireOwnLearner(Target target) {
    XapiCredentials.SessionScope session = caller.credential().session();
    if (session == null || target.scope().agentIdentifier() == null) {
      return;
    }
    if (!XapiKeys.identifier(session.actor()).map(target.scope().agentIdentifier()::equals).orElse(false)) {
      throw new XapiForbiddenException("A cmi5 session may read and write only its own learner's documents.");
    }
  }

  Response get(Target target, String idParameter) {
    requireRead();
    if (target.documentId() == null) {
      List<String> ids = documents.ids(caller.organisationId(), target.scope(), target.registration(),
          StatementRequests.time(target.query().getFirst("since"), "since"));
      return Response.ok(JSON.createArrayBuilder(ids).build().toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }
    if (target.query().containsKey("since")) {
      throw new InvalidInputException("since", "only applies when asking for the list of ids, without " + idParameter);
    }
    DocumentStore.Document document = documents.get(caller.organisationId(), target.scope(), target.registration(),
            target.documentId())
        .orElseThrow(UnknownDocumentException::new);
    return Response.ok(document.content(), document.contentType())
        .tag(document.etag())
        .lastModified(Date.from(document.updated()))
        .build();
  }

  Response put(Target target, String idParameter, HttpHeaders headers, InputStream body) {
    requireWrite(target);
    DocumentStore.Document stored = documents.put(caller.organisationId(), target.scope(), target.registration(),
        id(target, idParameter), contentType(headers), requests.bytes(body, headers.getLength()), conditions(headers));
    return Response.noContent().tag(stored.etag()).build();
  }

  Response post(Target target, String idParameter, HttpHeaders headers, InputStream body) {
    requireWrite(target);
    DocumentStore.Document stored = documents.post(caller.organisationId(), target.scope(), target.registration(),
        id(target, idParameter), contentType(headers), requests.bytes(body, headers.getLength()), conditions(headers));
    return Response.noContent().tag(stored.etag()).build();
  }

  Response delete(Target target, String idParameter, HttpHeaders headers, boolean manyAllowed) {
    requireWrite(target);
    if (target.documentId() == null && manyAllowed) {
      documents.deleteAll(caller.organisationId(), target.scope(), target.registration());
    } else {
      documents.delete(caller.organisationId(), target.scope(), target.registration(), id(target, idParameter),
          conditions(headers));
    }
    return Response.noContent().build();
  }

  private static String id(Target target, String idParameter) {
    if (target.documentId() == null || target.documentId().isEmpty()) {
      throw new InvalidInputException(idParameter, "is required");
    }
    return target.documentId();
  }

  private static String required(MultivaluedMap<String, String> query, String name) {
    String value = query.getFirst(name);
    if (value == null || value.isEmpty()) {
      throw new InvalidInputException(name, "is required");
    }
    return value;
  }

  private static String contentType(HttpHeaders headers) {
    MediaType type = headers.getMediaType();
    return type == null ? MediaType.APPLICATION_OCTET_STREAM : type.toString();
  }

  private static DocumentStore.Conditions conditions(HttpHeaders headers) {
    return new DocumentStore.Conditions(headers.getHeaderString("If-Match"), headers.getHeaderString("If-None-Match"));
  }

  private void requireRead() {
    if (!caller.credential().canRead()) {
      throw new XapiForbiddenException("This LRS credential may send documents but not read them.");
    }
  }

  private void requireWrite(Target target) {
    if (!caller.credential().canWrite()) {
      throw new XapiForbiddenException("This LRS credential may read documents but not change them.");
    }
    // cmi5 section 10: "The AU MUST NOT modify or delete the LMS.LaunchData State document"; a
    // delete without a stateId would delete it too
    if (caller.credential().session() != null && target.scope().kind() == DocumentStore.Kind.STATE
        && (target.documentId() == null || LAUNCH_DATA.equals(target.documentId()))) {
      throw new XapiForbiddenException("An AU may not change or delete the LMS.LaunchData State document (cmi5 section 10).");
    }
  }
}
