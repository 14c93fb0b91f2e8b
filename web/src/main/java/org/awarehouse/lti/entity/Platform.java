package org.awarehouse.lti.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An LTI platform registration of one organisation: who the platform is (issuer, and the client id
 * it gave this tool), where its OIDC, token and key endpoints are, and which deployments of this
 * tool it may launch.
 */
@Entity
@Table(name = "lti_platform")
public class Platform {

  @Id private UUID id;

  @Column(name = "organisation_id", nullable = false)
  private UUID organisationId;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 255)
  private String issuer;

  @Column(name = "client_id", nullable = false, length = 255)
  private String clientId;

  @Column(name = "auth_url", nullable = false, length = 1000)
  private String authUrl;

  @Column(name = "token_url", nullable = false, length = 1000)
  private String tokenUrl;

  @Column(name = "jwks_url", nullable = false, length = 1000)
  private String jwksUrl;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "lti_deployment", joinColumns = @JoinColumn(name = "platform_id"))
  @Column(name = "deployment_id", length = 255)
  private Set<String> deploymentIds = new TreeSet<>();

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Platform() {}

  public Platform(UUID organisationId, PlatformEndpoints endpoints, Instant now) {
    this.id = UUID.randomUUID();
    this.organisationId = organisationId;
    this.createdAt = now;
    this.active = true;
    update(endpoints, now);
  }

  public void update(PlatformEndpoints endpoints, Instant now) {
    this.name = endpoints.name();
    this.issuer = endpoints.issuer();
    this.clientId = endpoints.clientId();
    this.authUrl = endpoints.authUrl();
    this.tokenUrl = endpoints.tokenUrl();
    this.jwksUrl = endpoints.jwksUrl();
    this.deploymentIds.clear();
    this.deploymentIds.addAll(endpoints.deploymentIds());
    this.updatedAt = now;
  }

  public void deactivate(Instant now) {
    this.active = false;
    this.updatedAt = now;
  }

  public UUID id() { return id; }
  public UUID organisationId() { return organisationId; }
  public String name() { return name; }
  public String issuer() { return issuer; }
  public String clientId() { return clientId; }
  public String authUrl() { return authUrl; }
  public String tokenUrl() { return tokenUrl; }
  public String jwksUrl() { return jwksUrl; }
  public Set<String> deploymentIds() { return Set.copyOf(deploymentIds); }
  public boolean active() { return active; }
  public Instant createdAt() { return createdAt; }
  public Instant updatedAt() { return updatedAt; }
}
