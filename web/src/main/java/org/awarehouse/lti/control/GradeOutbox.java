package org.awarehouse.lti.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.awarehouse.platform.control.Sql;

/**
 * Scores on their way to platforms' gradebooks (AGS 2.0 §3.4). A score is enqueued in the
 * transaction that changed the learner's outcome, so an acknowledged completion always reaches
 * the outbox; {@link GradeWorker}s on every node claim the head of each learner's line with row
 * locks, so scores go out once and in order, whatever node or restart comes between.
 */
@ApplicationScoped
public class GradeOutbox {
  static final Duration CLAIM = Duration.ofSeconds(60);
  static final Duration MAX_BACKOFF = Duration.ofHours(1);

  @Resource(lookup = "java:jboss/datasources/AwarehouseDS") DataSource dataSource;
  @Inject Clock clock;

  /**
   * Where and what: a learner's outcome on one resource link. {@code scoreGiven} is null for no
   * score; {@code completionMarks} says the score is full marks for completing content that never
   * scores, which a link may ask to leave out.
   */
  public record Score(UUID organisationId, UUID platformId, String resourceLinkId, String learnerId, String contextId,
      Double scoreGiven, double scoreMaximum, String activityProgress, String gradingProgress,
      boolean completionMarks) {}

  /** A claimed entry. */
  public record Claim(long id, Score score, Instant scoredAt, int attempts) {}

  /** Counts for an admin, per platform and context; {@code retrying} of the pending ones failed before. */
  public record Status(long pending, long retrying, long delivered, long parked, List<String> parkedReasons) {}

  /**
   * In the caller's transaction; only learners with a grade target (a launch offering AGS) get
   * one, under their link's policy: completion marks dropped when the link asks for none, and a
   * score lower than one already sent or on its way not sent unless the link lets scores lower,
   * so a later, weaker attempt never silently lowers the gradebook.
   */
  public void enqueue(Score s) {
    Instant now = clock.instant();
    String platform = s.platformId().toString();
    execute("""
        insert into lti_grade_outbox (organisation_id, platform_id, resource_link_id, learner_id, context_id,
          score_given, score_maximum, activity_progress, grading_progress, scored_at, created_at, next_attempt_at)
        select ?, ?, ?, ?, ?, case when ? and t.completion_marks = 'none' then null else ? end, ?, ?, ?, ?, ?, ?
        from lti_grade_target t
        where t.platform_id = ? and t.resource_link_id = ? and t.learner_id = ?
          and (t.scores_may_lower or not exists (select 1 from lti_grade_outbox b where b.platform_id = t.platform_id
            and b.resource_link_id = t.resource_link_id and b.learner_id = t.learner_id
            and b.score_given > coalesce(?, -1)))""",
        s.organisationId().toString(), platform, s.resourceLinkId(), s.learnerId(), s.contextId(),
        s.completionMarks(), s.scoreGiven(), s.scoreMaximum(), s.activityProgress(), s.gradingProgress(), Timestamp.from(now), Timestamp.from(now), Timestamp.from(now), platform,
        s.resourceLinkId(), s.learnerId(), s.scoreGiven());
  }

  /** The heads of learners' lines that are due and not claimed by another node. */
  @Transactional
  public List<Claim> claim(int max) {
    Instant now = clock.instant();
    List<Claim> claims = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement("""
            select o.id, o.organisation_id, o.platform_id, o.resource_link_id, o.learner_id, o.context_id,
              o.score_given, o.score_maximum, o.activity_progress, o.grading_progress, o.scored_at, o.attempts
            from lti_grade_outbox o
            where o.delivered_at is null and o.parked_at is null and o.next_attempt_at <= ?
              and (o.claimed_until is null or o.claimed_until < ?)
              and o.id = (select min(h.id) from lti_grade_outbox h where h.platform_id = o.platform_id
                and h.resource_link_id = o.resource_link_id and h.learner_id = o.learner_id and h.delivered_at is null)
            order by o.id limit ? for update skip locked""")) {
      select.setTimestamp(1, Timestamp.from(now));
      select.setTimestamp(2, Timestamp.from(now));
      select.setInt(3, max);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          double given = r.getDouble(7);
          Double scoreGiven = r.wasNull() ? null : given;
          claims.add(new Claim(r.getLong(1), new Score(UUID.fromString(r.getString(2)), UUID.fromString(r.getString(3)),
              r.getString(4), r.getString(5), r.getString(6), scoreGiven, r.getDouble(8), r.getString(9),
              r.getString(10), false), r.getTimestamp(11).toInstant(), r.getInt(12))); // the link's policy applied on entry
        }
      }
      for (Claim claim : claims) {
        Sql.update(c, "update lti_grade_outbox set claimed_until = ? where id = ?", Timestamp.from(now.plus(CLAIM)),
            claim.id());
      }
      return claims;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot claim scores to deliver", e);
    }
  }

  @Transactional
  public void delivered(long id) {
    execute("update lti_grade_outbox set delivered_at = ?, claimed_until = null, last_error = null where id = ?",
        Timestamp.from(clock.instant()), id);
  }

  /** Network errors, 429 and 5xx: exponential backoff with jitter. */
  @Transactional
  public void failed(Claim claim, String error) {
    long seconds = Math.min(MAX_BACKOFF.toSeconds(), (long) Math.pow(2, Math.min(20, claim.attempts())));
    long jittered = seconds / 2 + (long) (Math.random() * (seconds / 2 + 1));
    execute("update lti_grade_outbox set attempts = attempts + 1, next_attempt_at = ?, claimed_until = null, "
        + "last_error = ? where id = ?", Timestamp.from(clock.instant().plusSeconds(Math.max(1, jittered))),
        clip(error), claim.id());
  }

  /** A refusal that will not pass by itself: parked with the platform's answer until an admin retries. */
  @Transactional
  public void parked(Claim claim, String error) {
    execute("update lti_grade_outbox set parked_at = ?, claimed_until = null, last_error = ? where id = ?",
        Timestamp.from(clock.instant()), clip(error), claim.id());
  }

  /** Puts a platform's parked scores back in line. */
  @Transactional
  public int retryParked(UUID organisationId, UUID platformId) {
    return execute("update lti_grade_outbox set parked_at = null, attempts = 0, next_attempt_at = ? "
        + "where organisation_id = ? and platform_id = ? and parked_at is not null and delivered_at is null",
        Timestamp.from(clock.instant()), organisationId.toString(), platformId.toString());
  }

  @Transactional
  public Status status(UUID organisationId, UUID platformId, String contextId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement count = c.prepareStatement("""
            select sum(delivered_at is null and parked_at is null),
              sum(delivered_at is null and parked_at is null and attempts > 0), sum(delivered_at is not null),
              sum(parked_at is not null and delivered_at is null)
            from lti_grade_outbox where organisation_id = ? and platform_id = ? and (? is null or context_id = ?)""");
        PreparedStatement reasons = c.prepareStatement("""
            select distinct last_error from lti_grade_outbox where organisation_id = ? and platform_id = ?
              and (? is null or context_id = ?) and parked_at is not null and delivered_at is null limit 20""")) {
      for (PreparedStatement s : List.of(count, reasons)) {
        s.setString(1, organisationId.toString());
        s.setString(2, platformId.toString());
        s.setString(3, contextId);
        s.setString(4, contextId);
      }
      List<String> why = new ArrayList<>();
      try (ResultSet r = reasons.executeQuery()) {
        while (r.next()) {
          why.add(r.getString(1));
        }
      }
      try (ResultSet r = count.executeQuery()) {
        r.next();
        return new Status(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), why);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot count the grade outbox", e);
    }
  }

  private static String clip(String error) {
    return error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
  }

  private int execute(String sql, Object... values) {
    return Sql.execute(dataSource, "the grade outbox", sql, values);
  }
}
