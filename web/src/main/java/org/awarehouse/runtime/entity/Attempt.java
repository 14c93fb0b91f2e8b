package org.awarehouse.runtime.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A learner's attempt at one version of a package. Its registration groups the statements of
 * every session of every unit in it; it completes when the package's rollup says so.
 */
@Entity
@Table(name = "runtime_attempt")
public class Attempt {

  @Id private UUID id;

  @Column(name = "organisation_id", nullable = false)
  private UUID organisationId;

  /** The pseudonym of the learner, as LTI launches record it. */
  @Column(name = "learner_id", nullable = false, length = 43)
  private String learnerId;

  @Column(name = "package_id", nullable = false)
  private UUID packageId;

  @Column(name = "version_id", nullable = false)
  private UUID versionId;

  @Column(nullable = false)
  private UUID registration;

  @Column(name = "platform_id")
  private UUID platformId;

  @Column(name = "context_id", length = 255)
  private String contextId;

  @Column(name = "resource_link_id", length = 255)
  private String resourceLinkId;

  @Column(nullable = false)
  private boolean preview;

  @Column(name = "completion_status", nullable = false, length = 20)
  private String completionStatus = "unknown";

  @Column(name = "success_status", nullable = false, length = 20)
  private String successStatus = "unknown";

  @Column(name = "score_scaled")
  private Double scoreScaled;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Attempt() {}

  public Attempt(UUID organisationId, String learnerId, UUID packageId, UUID versionId, UUID platformId,
      String contextId, String resourceLinkId, boolean preview, Instant now) {
    this.id = UUID.randomUUID();
    this.preview = preview;
    this.registration = UUID.randomUUID();
    this.organisationId = organisationId;
    this.learnerId = learnerId;
    this.packageId = packageId;
    this.versionId = versionId;
    this.platformId = platformId;
    this.contextId = contextId;
    this.resourceLinkId = resourceLinkId;
    this.startedAt = now;
    this.updatedAt = now;
  }

  public void touched(Instant now) {
    updatedAt = now;
  }

  /** The rollup of the attempt's units; the first completion is the attempt's completion time. */
  public void rolledUp(String completion, String success, Double score, Instant now) {
    this.completionStatus = completion;
    this.successStatus = success;
    this.scoreScaled = score;
    if (completedAt == null && "completed".equals(completion)) {
      completedAt = now;
    }
    updatedAt = now;
  }

  public UUID id() { return id; }
  public UUID organisationId() { return organisationId; }
  public String learnerId() { return learnerId; }
  public UUID packageId() { return packageId; }
  public UUID versionId() { return versionId; }
  public UUID registration() { return registration; }
  public UUID platformId() { return platformId; }
  public String contextId() { return contextId; }
  public String resourceLinkId() { return resourceLinkId; }
  /** An author's preview: it makes no statements, so reports and grades never see it. */
  public boolean preview() { return preview; }
  public String completionStatus() { return completionStatus; }
  public String successStatus() { return successStatus; }
  public Double scoreScaled() { return scoreScaled; }
  public Instant completedAt() { return completedAt; }
  public Instant startedAt() { return startedAt; }
  public Instant updatedAt() { return updatedAt; }
}
