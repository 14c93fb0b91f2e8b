package org.awarehouse.runtime.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A block or the course an attempt satisfied (cmi5 section 9.3.9), so that it is said once. */
@Entity
@Table(name = "runtime_cmi5_satisfied")
public class Cmi5Satisfied {

  @Embeddable
  public record Key(@Column(name = "attempt_id") UUID attemptId, @Column(name = "node_id", length = 255) String nodeId)
      implements Serializable {}

  @EmbeddedId private Key key;

  @Column(name = "satisfied_at", nullable = false)
  private Instant satisfiedAt;

  protected Cmi5Satisfied() {}

  public Cmi5Satisfied(UUID attemptId, String nodeId, Instant now) {
    this.key = new Key(attemptId, nodeId);
    this.satisfiedAt = now;
  }

  public String nodeId() { return key.nodeId(); }
}
