package org.awarehouse.lti.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An accepted launch: a pseudonymous learner, the platform context, and the module it opened. */
@Entity
@Table(name = "lti_launch")
public class Launch {

  @Id private UUID id;
  @Column(name = "organisation_id", nullable = false) private UUID organisationId;
  @Column(name = "platform_id", nullable = false) private UUID platformId;
  @Column(name = "learner_id", nullable = false, length = 43) private String learnerId;
  @Column(name = "deployment_id", nullable = false) private String deploymentId;
  @Column(name = "message_type", nullable = false, length = 40) private String messageType;
  @Column(name = "context_id") private String contextId;
  @Column(name = "resource_link_id") private String resourceLinkId;
  @Column(name = "module_slug", length = 64) private String moduleSlug;
  @Column(nullable = false, length = 500) private String roles;
  @Column(length = 35) private String locale;
  @Column(name = "ags_lineitems", length = 1000) private String agsLineItems;
  @Column(name = "ags_lineitem", length = 1000) private String agsLineItem;
  @Column(name = "nrps_memberships", length = 1000) private String nrpsMemberships;
  @Column(name = "launched_at", nullable = false) private Instant launchedAt;
  @Column(name = "as_learner", nullable = false) private boolean asLearner;

  protected Launch() {}

  /** Everything a launch records, in one place, so that the constructor stays readable. */
  public record Facts(
      UUID organisationId, UUID platformId, String learnerId, String deploymentId, String messageType,
      String contextId, String resourceLinkId, String moduleSlug, String roles, String locale,
      String agsLineItems, String agsLineItem, String nrpsMemberships, boolean asLearner) {}

  public Launch(Facts facts, Instant now) {
    this.id = UUID.randomUUID();
    this.organisationId = facts.organisationId();
    this.platformId = facts.platformId();
    this.learnerId = facts.learnerId();
    this.deploymentId = facts.deploymentId();
    this.messageType = facts.messageType();
    this.contextId = facts.contextId();
    this.resourceLinkId = facts.resourceLinkId();
    this.moduleSlug = facts.moduleSlug();
    this.roles = facts.roles();
    this.locale = facts.locale();
    this.agsLineItems = facts.agsLineItems();
    this.agsLineItem = facts.agsLineItem();
    this.nrpsMemberships = facts.nrpsMemberships();
    this.launchedAt = now;
    this.asLearner = facts.asLearner();
  }

  public UUID id() { return id; }
  public String learnerId() { return learnerId; }
  public String moduleSlug() { return moduleSlug; }
}
