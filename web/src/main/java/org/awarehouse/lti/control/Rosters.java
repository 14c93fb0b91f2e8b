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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.awarehouse.platform.control.Sql;

/**
 * Course rosters in the database: which courses have one to sync, the members a sync found
 * (members the platform no longer lists become Deleted), and the participation they define.
 */
@ApplicationScoped
public class Rosters {

  @Resource(lookup = "java:jboss/datasources/AwarehouseDS") DataSource dataSource;
  @Inject Clock clock;

  /** A roster as an admin sees it. */
  public record Status(String contextId, Instant syncedAt, int members, String lastError) {}

  /**
   * Participation in a course (DOMAIN: participation is measured against who was assigned):
   * learners on the roster who launched anything in it, of all learners on the roster. Counts are
   * withheld ({@code null}) when the roster is smaller than the minimum group size.
   */
  public record Participation(String contextId, Integer learners, Integer started, Double rate) {}

  /**
   * Keeps a course's memberships URL; with {@code requestSync}, asks for a sync soon unless the
   * course was synced before (the schedule and admins take it from there).
   */
  void remember(UUID organisationId, UUID platformId, String contextId, String membershipsUrl, boolean requestSync) {
    execute("""
        insert into lti_roster (platform_id, context_id, organisation_id, memberships_url, sync_requested_at)
        values (?, ?, ?, ?, ?) on duplicate key update memberships_url = values(memberships_url),
          sync_requested_at = case when synced_at is null then coalesce(sync_requested_at, values(sync_requested_at))
            else sync_requested_at end""",
        platformId.toString(), contextId, organisationId.toString(), membershipsUrl,
        requestSync ? Timestamp.from(clock.instant()) : null);
  }

  public record Due(UUID organisationId, UUID platformId, String contextId, String membershipsUrl) {}

  /** Courses whose sync was asked for, or whose last sync is older than {@code before}. */
  @Transactional
  public List<Due> due(Instant before, int max) {
    List<Due> due = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement("""
            select organisation_id, platform_id, context_id, memberships_url from lti_roster
            where sync_requested_at is not null or synced_at < ? order by sync_requested_at limit ?""")) {
      select.setTimestamp(1, Timestamp.from(before));
      select.setInt(2, max);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          due.add(new Due(UUID.fromString(r.getString(1)), UUID.fromString(r.getString(2)), r.getString(3),
              r.getString(4)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the rosters to sync", e);
    }
    return due;
  }

  /** Replaces a course's members with what a complete sync found; pseudonyms only. */
  @Transactional
  public void synced(Due roster, Map<String, RosterMember> members) {
    Timestamp now = Timestamp.from(clock.instant());
    try (Connection c = dataSource.getConnection();
        PreparedStatement upsert = c.prepareStatement("""
            insert into lti_roster_member (platform_id, context_id, learner_id, roles, learner, status, synced_at)
            values (?, ?, ?, ?, ?, ?, ?) on duplicate key update roles = values(roles), learner = values(learner),
              status = values(status), synced_at = values(synced_at)""")) {
      for (Map.Entry<String, RosterMember> m : members.entrySet()) {
        upsert.setString(1, roster.platformId().toString());
        upsert.setString(2, roster.contextId());
        upsert.setString(3, m.getKey());
        upsert.setString(4, m.getValue().roles());
        upsert.setBoolean(5, m.getValue().learner());
        upsert.setString(6, m.getValue().status());
        upsert.setTimestamp(7, now);
        upsert.addBatch();
      }
      upsert.executeBatch();
      Sql.update(c, "update lti_roster_member set status = 'Deleted' where platform_id = ? and context_id = ? "
          + "and synced_at < ?", roster.platformId().toString(), roster.contextId(), now);
      Sql.update(c, "update lti_roster set synced_at = ?, sync_requested_at = null, members = ?, last_error = null "
          + "where platform_id = ? and context_id = ?", now, members.size(), roster.platformId().toString(),
          roster.contextId());
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot store the roster", e);
    }
  }

  /** A member as stored: normalised roles, whether they count as a learner, and their status. */
  public record RosterMember(String roles, boolean learner, String status) {}

  @Transactional
  public void failed(Due roster, String error) {
    execute("update lti_roster set sync_requested_at = null, synced_at = coalesce(synced_at, ?), last_error = ? "
        + "where platform_id = ? and context_id = ?", Timestamp.from(clock.instant()),
        error.length() > 1000 ? error.substring(0, 1000) : error, roster.platformId().toString(), roster.contextId());
  }

  @Transactional
  public void requestSync(UUID organisationId, UUID platformId, String contextId) {
    if (execute("update lti_roster set sync_requested_at = ? where organisation_id = ? and platform_id = ? "
        + "and context_id = ?", Timestamp.from(clock.instant()), organisationId.toString(), platformId.toString(),
        contextId) == 0) {
      throw new UnknownRosterException(contextId);
    }
  }

  @Transactional
  public Optional<Status> status(UUID organisationId, UUID platformId, String contextId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement("select synced_at, members, last_error from lti_roster "
            + "where organisation_id = ? and platform_id = ? and context_id = ?")) {
      select.setString(1, organisationId.toString());
      select.setString(2, platformId.toString());
      select.setString(3, contextId);
      try (ResultSet r = select.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        Timestamp synced = r.getTimestamp(1);
        return Optional.of(new Status(contextId, synced == null ? null : synced.toInstant(), r.getInt(2),
            r.getString(3)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the roster", e);
    }
  }

  @Transactional
  public Participation participation(UUID organisationId, UUID platformId, String contextId, int minGroupSize) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement("""
            select count(*), sum(exists (select 1 from lti_launch l where l.organisation_id = ? and l.platform_id =
                m.platform_id and l.context_id = m.context_id and l.learner_id = m.learner_id))
            from lti_roster_member m where m.platform_id = ? and m.context_id = ? and m.learner
              and m.status = 'Active'""")) {
      select.setString(1, organisationId.toString());
      select.setString(2, platformId.toString());
      select.setString(3, contextId);
      try (ResultSet r = select.executeQuery()) {
        r.next();
        int learners = r.getInt(1);
        int started = r.getInt(2);
        if (learners < minGroupSize) {
          return new Participation(contextId, null, null, null);
        }
        return new Participation(contextId, learners, started, (double) started / learners);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot count participation", e);
    }
  }

  static String normalisedRoles(List<String> roles) {
    return LtiRoles.normalise(roles).stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  private int execute(String sql, Object... values) {
    return Sql.execute(dataSource, "the rosters", sql, values);
  }
}
