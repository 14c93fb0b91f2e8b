package org.awarehouse.lti.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An OIDC login in flight: the state the platform must echo, with the nonce it was given. */
@Entity
@Table(name = "lti_login_state")
public class LoginState {

  @Id
  @Column(name = "state_sha256", length = 64)
  private String stateSha256;

  @Column(name = "platform_id", nullable = false)
  private UUID platformId;

  @Column(nullable = false, length = 64)
  private String nonce;

  @Column(name = "target_link_uri", nullable = false, length = 2000)
  private String targetLinkUri;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  /** The platform-storage frame the login page talked to; null when the platform offered none. */
  @Column(name = "storage_target", length = 200)
  private String storageTarget;

  @Column(name = "storage_binding_sha256", length = 64)
  private String storageBindingSha256;

  protected LoginState() {}

  public LoginState(String stateSha256, UUID platformId, String nonce, String targetLinkUri, Instant now, Instant expiresAt) {
    this.stateSha256 = stateSha256;
    this.platformId = platformId;
    this.nonce = nonce;
    this.targetLinkUri = targetLinkUri;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  /** Remembers that the state was also put into the platform's storage, bound to this secret. */
  public void boundInPlatformStorage(String target, String bindingSha256) {
    this.storageTarget = target;
    this.storageBindingSha256 = bindingSha256;
  }

  public String stateSha256() { return stateSha256; }
  public UUID platformId() { return platformId; }
  public String nonce() { return nonce; }
  public String targetLinkUri() { return targetLinkUri; }
  public Instant expiresAt() { return expiresAt; }
  public String storageTarget() { return storageTarget; }
  public String storageBindingSha256() { return storageBindingSha256; }
}
