package org.awarehouse.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.awarehouse.platform.control.Role;

/**
 * An API token of one organisation. Only the SHA-256 of the secret is stored: the secret is shown
 * once, when the token is issued, and can never be read back.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

  @Id private UUID id;

  @Column(name = "organisation_id", nullable = false)
  private UUID organisationId;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "secret_sha256", nullable = false, unique = true, length = 64)
  private String secretSha256;

  @Convert(converter = RolesConverter.class)
  @Column(nullable = false, length = 100)
  private Set<Role> roles;

  /** True for the operator token that comes from the environment or the first start. */
  @Column(nullable = false)
  private boolean bootstrap;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiToken() {}

  public ApiToken(
      UUID organisationId,
      String name,
      String secretSha256,
      Set<Role> roles,
      boolean bootstrap,
      Instant createdAt,
      Instant expiresAt) {
    this.id = UUID.randomUUID();
    this.organisationId = organisationId;
    this.name = name;
    this.secretSha256 = secretSha256;
    this.roles = EnumSet.copyOf(roles);
    this.bootstrap = bootstrap;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public boolean isUsableAt(Instant now) {
    return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public void markUsed(Instant now) {
    lastUsedAt = now;
  }

  public UUID id() {
    return id;
  }

  public UUID organisationId() {
    return organisationId;
  }

  public String name() {
    return name;
  }

  public String secretSha256() {
    return secretSha256;
  }

  public Set<Role> roles() {
    return EnumSet.copyOf(roles);
  }

  public boolean bootstrap() {
    return bootstrap;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant lastUsedAt() {
    return lastUsedAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }
}
