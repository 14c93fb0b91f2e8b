package org.awarehouse.lti.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One RSA key pair of the tool. NEXT is published before it signs, so platforms that cache our
 * JWKS already know it when it becomes CURRENT; RETIRED stays published for a while after.
 */
@Entity
@Table(name = "lti_tool_key")
public class ToolKey {

  public enum Status { NEXT, CURRENT, RETIRED }

  @Id
  @Column(length = 64)
  private String kid;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Status status;

  @Column(name = "public_jwk", nullable = false)
  private String publicJwk;

  @Column(name = "private_jwe", nullable = false)
  private String privateJwe;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "activated_at")
  private Instant activatedAt;

  @Column(name = "retired_at")
  private Instant retiredAt;

  protected ToolKey() {}

  public ToolKey(String kid, String publicJwk, String privateJwe, Instant now) {
    this.kid = kid;
    this.status = Status.NEXT;
    this.publicJwk = publicJwk;
    this.privateJwe = privateJwe;
    this.createdAt = now;
  }

  public void activate(Instant now) {
    status = Status.CURRENT;
    activatedAt = now;
  }

  public void retire(Instant now) {
    status = Status.RETIRED;
    retiredAt = now;
  }

  public String kid() { return kid; }
  public Status status() { return status; }
  public String publicJwk() { return publicJwk; }
  public String privateJwe() { return privateJwe; }
  public Instant createdAt() { return createdAt; }
  public Instant activatedAt() { return activatedAt; }
  public Instant retiredAt() { return retiredAt; }
}
