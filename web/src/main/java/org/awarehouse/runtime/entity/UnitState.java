package org.awarehouse.runtime.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.awarehouse.platform.control.StringMapJsonConverter;

/** What one unit (SCO) of an attempt left in its data model, and where its sessions stand. */
@Entity
@Table(name = "runtime_unit_state")
public class UnitState {

  @Embeddable
  public record Key(@Column(name = "attempt_id") UUID attemptId, @Column(name = "unit_id", length = 255) String unitId)
      implements Serializable {}

  @EmbeddedId private Key key;

  @Convert(converter = StringMapJsonConverter.class)
  @Column(nullable = false, columnDefinition = "json")
  private Map<String, String> cmi;

  @Column(name = "last_sequence", nullable = false)
  private int lastSequence;

  @Column(nullable = false)
  private int sessions;

  @Column(name = "session_open", nullable = false)
  private boolean sessionOpen;

  @Column(name = "completion_status", nullable = false, length = 20)
  private String completionStatus;

  @Column(name = "success_status", nullable = false, length = 20)
  private String successStatus;

  @Column(name = "score_scaled")
  private Double scoreScaled;

  @Column(name = "total_seconds", nullable = false)
  private double totalSeconds;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected UnitState() {}

  public UnitState(UUID attemptId, String unitId, Instant now) {
    this.key = new Key(attemptId, unitId);
    this.cmi = new TreeMap<>();
    this.completionStatus = "unknown";
    this.successStatus = "unknown";
    this.updatedAt = now;
  }

  /** A new session starts: commits of the previous one are no longer accepted. */
  public int openSession(Instant now) {
    sessions++;
    lastSequence = 0;
    sessionOpen = true;
    updatedAt = now;
    return sessions;
  }

  /** Takes a commit's data and what it means; the map is replaced, never shared. */
  public void record(int sequence, Map<String, String> data, String completion, String success, Double score,
      Instant now) {
    this.lastSequence = sequence;
    this.cmi = new TreeMap<>(data);
    this.completionStatus = completion;
    this.successStatus = success;
    this.scoreScaled = score;
    this.updatedAt = now;
  }

  public void closeSession(double sessionSeconds) {
    sessionOpen = false;
    totalSeconds += sessionSeconds;
  }

  public String unitId() { return key.unitId(); }
  public UUID attemptId() { return key.attemptId(); }
  public Map<String, String> cmi() { return cmi; }
  public int lastSequence() { return lastSequence; }
  public int sessions() { return sessions; }
  public boolean sessionOpen() { return sessionOpen; }
  public String completionStatus() { return completionStatus; }
  public String successStatus() { return successStatus; }
  public Double scoreScaled() { return scoreScaled; }
  public double totalSeconds() { return totalSeconds; }
}
