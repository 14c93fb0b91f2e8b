package org.awarehouse.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A package an organisation's authors uploaded, or a built-in module (no organisation): the
 * identity that LTI links and reports name, while its versions come and go.
 */
@Entity
@Table(name = "content_package")
public class ContentPackage {

  @Id private UUID id;

  /** Null for a built-in module, which every organisation may launch and none may change. */
  @Column(name = "organisation_id")
  private UUID organisationId;

  /** The manifest's identifier (SCORM) or course id (cmi5) of the first version. */
  @Column(nullable = false, length = 500)
  private String identifier;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ContentPackage() {}

  public ContentPackage(UUID organisationId, String identifier, Instant now) {
    this.id = UUID.randomUUID();
    this.organisationId = organisationId;
    this.identifier = identifier;
    this.createdAt = now;
  }

  public UUID id() { return id; }
  public UUID organisationId() { return organisationId; }
  public boolean builtIn() { return organisationId == null; }
  public String identifier() { return identifier; }
  public Instant createdAt() { return createdAt; }
}
