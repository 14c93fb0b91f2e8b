package org.awarehouse.xapi.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.awarehouse.lti.control.KeyEncryptionKeySource;
import org.awarehouse.lti.control.PlatformUrls;
import org.awarehouse.platform.control.InvalidInputException;
import org.awarehouse.platform.control.Sql;

/**
 * Forwarding an organisation's statements to an external LRS through a durable outbox: a stored
 * batch enqueues its statements in the same transaction, and {@link ForwardingWorker} delivers
 * the outbox in order, one claim at a time per organisation, so a restart or an unreachable LRS
 * loses nothing. The external LRS's credentials are kept encrypted with the key-encryption key.
 */
@ApplicationScoped
public class Forwarding {
  static final Duration CLAIM = Duration.ofSeconds(60);
  static final Duration MAX_BACKOFF = Duration.ofHours(1);

  @Resource(lookup = "java:jboss/datasources/AwarehouseDS") DataSource dataSource;
  @Inject KeyEncryptionKeySource secrets;
  @Inject Clock clock;

  /** The forwarding of an organisation as its admin sees it. {@code lastError} is nullable. */
  public record Status(String endpoint, int pending, int parked, String lastError) {}

  /** A claimed outbox entry: what to send where. */
  public record Claim(long id, UUID organisationId, String endpoint, String authorization, List<Long> seqs, int attempts) {}

  /** Enqueues a stored batch, in the storing transaction, if the organisation forwards. */
  void enqueue(Connection connection, UUID org, List<Long> seqs) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("""
        insert into xapi_forward_outbox (organisation_id, seqs, created_at, next_attempt_at)
        select organisation_id, ?, ?, ? from xapi_forwarding where organisation_id = ?""")) {
      Timestamp now = Timestamp.from(clock.instant());
      insert.setString(1, seqs.stream().map(String::valueOf).collect(Collectors.joining(",")));
      insert.setTimestamp(2, now);
      insert.setTimestamp(3, now);
      insert.setString(4, org.toString());
      insert.executeUpdate();
    }
  }

  /** Starts (or changes) forwarding to {@code endpoint}, the xAPI base URL ending in /. */
  @Transactional
  public void configure(UUID org, String endpoint, String key, String secret) {
    if (!PlatformUrls.acceptable(endpoint) || !endpoint.endsWith("/")) {
      throw new InvalidInputException("endpoint", PlatformUrls.RULE + ", ending in / (the LRS's xAPI base)");
    }
    String authorization = "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    execute("""
        insert into xapi_forwarding (organisation_id, endpoint, authorization_jwe, updated_at) values (?, ?, ?, ?)
        on duplicate key update endpoint = values(endpoint), authorization_jwe = values(authorization_jwe),
          updated_at = values(updated_at)""",
        org.toString(), endpoint, secrets.encryption().encrypt(authorization), Timestamp.from(clock.instant()));
  }

  /** Stops forwarding; what was not delivered yet is dropped with it. */
  @Transactional
  public void stop(UUID org) {
    execute("delete from xapi_forward_outbox where organisation_id = ?", org.toString());
    execute("delete from xapi_forwarding where organisation_id = ?", org.toString());
  }

  /** Puts parked entries back in line, after the external LRS was fixed. */
  @Transactional
  public int retryParked(UUID org) {
    return execute("update xapi_forward_outbox set parked_at = null, attempts = 0, next_attempt_at = ? "
        + "where organisation_id = ? and parked_at is not null", Timestamp.from(clock.instant()), org.toString());
  }

  @Transactional
  public Optional<Status> status(UUID org) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement("""
            select f.endpoint,
              (select count(*) from xapi_forward_outbox o where o.organisation_id = f.organisation_id and o.parked_at is null),
              (select count(*) from xapi_forward_outbox o where o.organisation_id = f.organisation_id and o.parked_at is not null),
              (select o.last_error from xapi_forward_outbox o where o.organisation_id = f.organisation_id
                and o.last_error is not null order by o.id limit 1)
            from xapi_forwarding f where f.organisation_id = ?""")) {
      select.setString(1, org.toString());
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(new Status(row.getString(1), row.getInt(2), row.getInt(3), row.getString(4)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the forwarding status", e);
    }
  }

  /**
   * Claims the oldest due entry of each forwarding organisation whose head is not parked or
   * claimed by another node: order is kept per organisation, and nodes never send one twice.
   */
  @Transactional
  public List<Claim> claim(int max) {
    Instant now = clock.instant();
    List<Claim> claims = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement("""
            select o.id, o.organisation_id, f.endpoint, f.authorization_jwe, o.seqs, o.attempts
            from xapi_forward_outbox o join xapi_forwarding f on f.organisation_id = o.organisation_id
            where o.id = (select min(h.id) from xapi_forward_outbox h where h.organisation_id = o.organisation_id
                and h.parked_at is null)
              and o.next_attempt_at <= ? and (o.claimed_until is null or o.claimed_until < ?)
            order by o.id limit ? for update skip locked""")) {
      select.setTimestamp(1, Timestamp.from(now));
      select.setTimestamp(2, Timestamp.from(now));
      select.setInt(3, max);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          List<Long> seqs = new ArrayList<>();
          for (String seq : rows.getString(5).split(",")) {
            seqs.add(Long.parseLong(seq));
          }
          claims.add(new Claim(rows.getLong(1), UUID.fromString(rows.getString(2)), rows.getString(3),
              secrets.encryption().decrypt(rows.getString(4)), seqs, rows.getInt(6)));
        }
      }
      for (Claim claim : claims) {
        Sql.update(connection, "update xapi_forward_outbox set claimed_until = ? where id = ?",
            Timestamp.from(now.plus(CLAIM)), claim.id());
      }
      return claims;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot claim forwarding work", e);
    }
  }

  @Transactional
  public void delivered(long id) {
    execute("delete from xapi_forward_outbox where id = ?", id);
  }

  /** A failure that may pass (network, 429, 5xx): back off exponentially with jitter. */
  @Transactional
  public void failed(Claim claim, String error) {
    long seconds = Math.min(MAX_BACKOFF.toSeconds(), (long) Math.pow(2, Math.min(20, claim.attempts())));
    long jittered = seconds / 2 + (long) (Math.random() * (seconds / 2 + 1));
    execute("update xapi_forward_outbox set attempts = attempts + 1, next_attempt_at = ?, claimed_until = null, "
            + "last_error = ? where id = ?",
        Timestamp.from(clock.instant().plusSeconds(Math.max(1, jittered))), clip(error), claim.id());
  }

  /** A refusal that will not pass by itself (4xx): park it, visible to the admin, until retried. */
  @Transactional
  public void parked(Claim claim, String error) {
    execute("update xapi_forward_outbox set parked_at = ?, claimed_until = null, last_error = ? where id = ?",
        Timestamp.from(clock.instant()), clip(error), claim.id());
  }

  private static String clip(String error) {
    return error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
  }

  private int execute(String sql, Object... values) {
    return Sql.execute(dataSource, "forwarding", sql, values);
  }
}
