package org.awarehouse.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/** A tenant: it owns its platforms, learners, packages, statements and reports. */
@Entity
@Table(name = "organisation")
public class Organisation {

  /** Slug of the organisation that the first start creates (see V1 migration). */
  public static final String DEFAULT_SLUG = "default";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id private UUID id;

  @Column(nullable = false, unique = true, length = 63)
  private String slug;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Key of the HMAC that turns a platform's user id into a pseudonymous learner id. */
  @Column(name = "learner_secret", nullable = false, length = 32)
  private byte[] learnerSecret;

  @Column(name = "keep_learner_names", nullable = false)
  private boolean keepLearnerNames;

  protected Organisation() {}

  public Organisation(String slug, String name, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.slug = slug;
    this.name = name;
    this.createdAt = createdAt;
    this.learnerSecret = new byte[32];
    RANDOM.nextBytes(learnerSecret);
  }

  public byte[] learnerSecret() {
    return learnerSecret.clone();
  }

  /** Whether names and e-mail addresses from launches are kept; by default they are not. */
  public boolean keepsLearnerNames() {
    return keepLearnerNames;
  }

  public void keepLearnerNames(boolean keep) {
    this.keepLearnerNames = keep;
  }

  public UUID id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public String name() {
    return name;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
