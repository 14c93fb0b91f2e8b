package org.awarehouse.xapi.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A key and secret another tool uses to send or read an organisation's statements. */
@Entity
@Table(name = "xapi_credential")
public class XapiCredential {

  @Id private UUID id;
  @Column(name = "organisation_id", nullable = false) private UUID organisationId;
  @Column(nullable = false, length = 200) private String name;
  @Column(name = "api_key", nullable = false, length = 64) private String apiKey;
  @Column(name = "secret_sha256", nullable = false, length = 64) private String secretSha256;
  @Column(name = "can_read", nullable = false) private boolean canRead;
  @Column(name = "can_write", nullable = false) private boolean canWrite;
  @Column(name = "created_at", nullable = false) private Instant createdAt;
  @Column(name = "revoked_at") private Instant revokedAt;

  protected XapiCredential() {}

  public XapiCredential(UUID organisationId, String name, String apiKey, String secretSha256, boolean canRead,
      boolean canWrite, Instant now) {
    this.id = UUID.randomUUID();
    this.organisationId = organisationId;
    this.name = name;
    this.apiKey = apiKey;
    this.secretSha256 = secretSha256;
    this.canRead = canRead;
    this.canWrite = canWrite;
    this.createdAt = now;
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public UUID id() { return id; }
  public UUID organisationId() { return organisationId; }
  public String name() { return name; }
  public String apiKey() { return apiKey; }
  public String secretSha256() { return secretSha256; }
  public boolean canRead() { return canRead; }
  public boolean canWrite() { return canWrite; }
  public Instant createdAt() { return createdAt; }
  public Instant revokedAt() { return revokedAt; }
}
