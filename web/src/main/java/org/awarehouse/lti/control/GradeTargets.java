package org.awarehouse.lti.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Where a learner's scores go (AGS 2.0 §3): remembered from each learner launch that offers the
 * score scope, in the launch's transaction. The platform's user id is needed for every score
 * (§3.4 userId) but is the one fact we otherwise never keep, so it is stored sealed with the
 * key-encryption key and opened only to post a score.
 */
@ApplicationScoped
public class GradeTargets {
  static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
  static final String LINEITEM_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
  /** Custom parameter: {@code none} makes completion-only content post completion without marks. */
  public static final String COMPLETION_MARKS = "completion_marks";
  /** Custom parameter: {@code true} lets a weaker later score replace a better one. */
  public static final String SCORES_MAY_LOWER = "scores_may_lower";

  @Resource(lookup = "java:jboss/datasources/AwarehouseDS") DataSource dataSource;
  @Inject KeyEncryptionKeySource secrets;
  @Inject Clock clock;

  /** A target as delivery needs it, the user id opened. */
  public record Target(UUID platformId, String resourceLinkId, String learnerId, String userId, String lineItem,
      String lineItems, java.util.List<String> scopes) {}

  /** Remembers (or refreshes) the target of a learner launch; launches without the score scope have none. */
  void remember(UUID organisationId, UUID platformId, LtiLaunch launch, String learnerId) {
    LtiLaunch.GradeService ags = launch.gradeService();
    if (ags == null || !ags.scopes().contains(SCORE_SCOPE) || launch.resourceLinkId() == null
        || launch.subject() == null) {
      return;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement upsert = c.prepareStatement("""
            insert into lti_grade_target (platform_id, resource_link_id, learner_id, organisation_id, context_id,
              user_sealed, lineitem_url, lineitems_url, scopes, updated_at, completion_marks, scores_may_lower)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on duplicate key update user_sealed = values(user_sealed), context_id = values(context_id),
              lineitem_url = coalesce(values(lineitem_url), lineitem_url), lineitems_url = values(lineitems_url),
              scopes = values(scopes), updated_at = values(updated_at), completion_marks = values(completion_marks),
              scores_may_lower = values(scores_may_lower)""")) {
      upsert.setString(1, platformId.toString());
      upsert.setString(2, launch.resourceLinkId());
      upsert.setString(3, learnerId);
      upsert.setString(4, organisationId.toString());
      upsert.setString(5, launch.context() == null ? null : launch.context().id());
      upsert.setString(6, secrets.encryption().encrypt(launch.subject()));
      upsert.setString(7, ags.lineItem());
      upsert.setString(8, ags.lineItems());
      upsert.setString(9, String.join(" ", ags.scopes()));
      upsert.setTimestamp(10, Timestamp.from(clock.instant()));
      // the link's grade policy, as the course set it in the LMS's custom parameters
      upsert.setString(11, "none".equals(launch.custom().get(COMPLETION_MARKS)) ? "none" : "full");
      upsert.setBoolean(12, "true".equals(launch.custom().get(SCORES_MAY_LOWER)));
      upsert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot remember where the learner's scores go", e);
    }
  }

  public Optional<Target> find(UUID platformId, String resourceLinkId, String learnerId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement("select user_sealed, lineitem_url, lineitems_url, scopes "
            + "from lti_grade_target where platform_id = ? and resource_link_id = ? and learner_id = ?")) {
      select.setString(1, platformId.toString());
      select.setString(2, resourceLinkId);
      select.setString(3, learnerId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(new Target(platformId, resourceLinkId, learnerId,
            secrets.encryption().decrypt(row.getString(1)), row.getString(2), row.getString(3),
            java.util.List.of(row.getString(4).split(" "))));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read where the learner's scores go", e);
    }
  }

  /** Keeps the line item found or created for a resource link, for every learner of the link. */
  void lineItemFound(UUID platformId, String resourceLinkId, String lineItem) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update = c.prepareStatement("update lti_grade_target set lineitem_url = ? "
            + "where platform_id = ? and resource_link_id = ? and lineitem_url is null")) {
      update.setString(1, lineItem);
      update.setString(2, platformId.toString());
      update.setString(3, resourceLinkId);
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot keep the line item", e);
    }
  }
}
