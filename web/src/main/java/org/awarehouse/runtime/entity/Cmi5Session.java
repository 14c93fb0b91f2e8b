package org.awarehouse.runtime.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One launch of a cmi5 AU (cmi5 section 8): its session id, the one-time fetch key and the
 * auth-token it hands out (each kept only as a SHA-256), and what the AU has said in it so far.
 */
@Entity
@Table(name = "runtime_cmi5_session")
public class Cmi5Session {

  @Id private UUID id;
  @Column(name = "attempt_id", nullable = false) private UUID attemptId;
  @Column(name = "unit_id", nullable = false, length = 255) private String unitId;
  @Column(name = "organisation_id", nullable = false) private UUID organisationId;
  @Column(name = "learner_id", nullable = false, length = 43) private String learnerId;
  @Column(nullable = false) private UUID registration;
  @Column(name = "activity_id", nullable = false, length = 1000) private String activityId;
  @Column(name = "fetch_sha256", nullable = false, length = 64) private String fetchSha256;
  @Column(name = "token_sha256", length = 64) private String tokenSha256;
  @Column(name = "fetched_at") private Instant fetchedAt;
  @Column(name = "launched_at", nullable = false) private Instant launchedAt;
  @Column(name = "expires_at", nullable = false) private Instant expiresAt;
  @Column(name = "last_statement_at") private Instant lastStatementAt;
  @Column(nullable = false) private boolean initialized;
  @Column(nullable = false) private boolean completed;
  @Column(nullable = false) private boolean judged;
  @Column(name = "terminated_at") private Instant terminatedAt;
  @Column(name = "abandoned_at") private Instant abandonedAt;

  protected Cmi5Session() {}

  /** The launch-time facts of a session. */
  public record Launch(UUID attemptId, String unitId, UUID organisationId, String learnerId, UUID registration,
      String activityId) {}

  public Cmi5Session(Launch launch, String fetchSha256, Instant now, Instant expires) {
    this.id = UUID.randomUUID();
    this.attemptId = launch.attemptId();
    this.unitId = launch.unitId();
    this.organisationId = launch.organisationId();
    this.learnerId = launch.learnerId();
    this.registration = launch.registration();
    this.activityId = launch.activityId();
    this.fetchSha256 = fetchSha256;
    this.launchedAt = now;
    this.expiresAt = expires;
  }

  /** The fetch URL was used: from now on only this token's hash opens the session. */
  public void fetched(String tokenSha256, Instant now) {
    this.tokenSha256 = tokenSha256;
    this.fetchedAt = now;
  }

  /** Takes what the AU's accepted statements changed. */
  public void said(boolean initialized, boolean completed, boolean judged, boolean terminated, Instant now) {
    this.initialized = initialized;
    this.completed = completed;
    this.judged = judged;
    if (terminated && terminatedAt == null) {
      terminatedAt = now;
    }
    lastStatementAt = now;
  }

  public void abandoned(Instant now) {
    abandonedAt = now;
  }

  /** Neither terminated nor abandoned: the AU may still speak in it. */
  public boolean open() {
    return terminatedAt == null && abandonedAt == null;
  }

  public UUID id() { return id; }
  public UUID attemptId() { return attemptId; }
  public String unitId() { return unitId; }
  public UUID organisationId() { return organisationId; }
  public String learnerId() { return learnerId; }
  public UUID registration() { return registration; }
  public String activityId() { return activityId; }
  public String tokenSha256() { return tokenSha256; }
  public Instant fetchedAt() { return fetchedAt; }
  public Instant launchedAt() { return launchedAt; }
  public Instant expiresAt() { return expiresAt; }
  public Instant lastStatementAt() { return lastStatementAt; }
  public boolean initialized() { return initialized; }
  public boolean completed() { return completed; }
  public boolean judged() { return judged; }
  public Instant terminatedAt() { return terminatedAt; }
  public Instant abandonedAt() { return abandonedAt; }
}
