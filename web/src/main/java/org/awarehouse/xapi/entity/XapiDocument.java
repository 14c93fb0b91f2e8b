package org.awarehouse.xapi.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A State, Activity Profile or Agent Profile document: opaque content with its media type and ETag. */
@Entity
@Table(name = "xapi_document")
public class XapiDocument {

  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @Column(name = "organisation_id", nullable = false) private UUID organisationId;
  @Column(name = "doc_key", nullable = false, length = 16) private byte[] docKey;
  @Column(nullable = false, length = 20) private String kind;
  @Column(name = "scope_key", nullable = false, length = 16) private byte[] scopeKey;
  @Column(name = "activity_id", length = 2000) private String activityId;
  @Column(length = 2000) private String agent;
  private UUID registration;
  @Column(name = "document_id", nullable = false, length = 1000) private String documentId;
  @Column(name = "content_type", nullable = false) private String contentType;
  @Column(nullable = false) private byte[] content;
  @Column(nullable = false, length = 40) private String etag;
  @Column(nullable = false) private Instant updated;

  protected XapiDocument() {}

  /** Everything that names a document; the content comes with {@link #replace}. */
  public record Address(UUID organisationId, byte[] docKey, String kind, byte[] scopeKey, String activityId,
      String agent, UUID registration, String documentId) {}

  public XapiDocument(Address address) {
    this.organisationId = address.organisationId();
    this.docKey = address.docKey();
    this.kind = address.kind();
    this.scopeKey = address.scopeKey();
    this.activityId = address.activityId();
    this.agent = address.agent();
    this.registration = address.registration();
    this.documentId = address.documentId();
  }

  public void replace(String contentType, byte[] content, String etag, Instant now) {
    this.contentType = contentType;
    this.content = content.clone();
    this.etag = etag;
    this.updated = now;
  }

  public String documentId() { return documentId; }
  public String contentType() { return contentType; }
  public byte[] content() { return content.clone(); }
  public String etag() { return etag; }
  public Instant updated() { return updated; }
}
