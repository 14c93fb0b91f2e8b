package org.awarehouse.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * The name and e-mail address behind a pseudonymous learner, kept only for organisations that
 * turned that on (see {@link Organisation#keepsLearnerNames()}).
 */
@Entity
@Table(name = "learner_profile")
public class LearnerProfile {

  /** A learner is known by organisation and pseudonym together. */
  @Embeddable
  public record Key(
      @Column(name = "organisation_id") UUID organisationId,
      @Column(name = "learner_id", length = 43) String learnerId) implements Serializable {}

  @EmbeddedId private Key key;
  @Column(length = 300) private String name;
  @Column(length = 320) private String email;
  @Column(name = "updated_at", nullable = false) private Instant updatedAt;

  protected LearnerProfile() {}

  public LearnerProfile(Key key) {
    this.key = key;
  }

  /** The platform's latest values win: people change names and addresses. */
  public void update(String name, String email, Instant now) {
    this.name = name;
    this.email = email;
    this.updatedAt = now;
  }

  public String name() { return name; }
  public String email() { return email; }
}
