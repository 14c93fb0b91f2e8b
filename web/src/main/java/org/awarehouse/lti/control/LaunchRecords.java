package org.awarehouse.lti.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.stream.Collectors;
import org.awarehouse.lti.entity.Launch;
import org.awarehouse.lti.entity.Platform;
import org.awarehouse.platform.control.LearnerProfiles;
import org.awarehouse.platform.control.OrganisationService;

/**
 * Records a validated launch in one transaction: its nonce as used, the learner's pseudonym, the
 * name only if the organisation keeps names, the launch row, and where the learner's scores go.
 */
@ApplicationScoped
public class LaunchRecords {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject OrganisationService organisations;
  @Inject LearnerProfiles learners;
  @Inject DatabaseNonceStore nonces;
  @Inject GradeTargets gradeTargets;
  @Inject Rosters rosters;

  /** Returns the learner's pseudonym; a replayed nonce rolls everything back. */
  @Transactional
  String record(Platform platform, LtiLaunch launch, DeferredNonce nonce) {
    if (!nonce.commitTo(nonces)) {
      throw IdTokenValidator.nonceReplayed();
    }
    String learnerId = Pseudonyms.learnerId(organisations.learnerSecret(platform.organisationId()),
        launch.issuer(), launch.subject() == null ? "" : launch.subject());
    learners.remember(platform.organisationId(), learnerId, launch.name(), launch.email());
    em.persist(new Launch(new Launch.Facts(platform.organisationId(), platform.id(), learnerId, launch.deploymentId(),
        launch.messageType().claimValue(), launch.context() == null ? null : launch.context().id(),
        launch.resourceLinkId(), launch.custom().get(LaunchService.MODULE_PARAMETER),
        launch.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")), launch.locale(),
        launch.gradeService() == null ? null : launch.gradeService().lineItems(),
        launch.gradeService() == null ? null : launch.gradeService().lineItem(),
        launch.namesRoleService() == null ? null : launch.namesRoleService().contextMembershipsUrl(),
        launch.roles().contains(LtiRole.LEARNER) && !launch.isStaff()), clock.instant()));
    if (!launch.isStaff()) {
      gradeTargets.remember(platform.organisationId(), platform.id(), launch, learnerId);
    }
    if (launch.namesRoleService() != null && launch.context() != null) {
      // NRPS 2.0: the first staff launch from a course syncs its roster; later ones keep the URL fresh
      rosters.remember(platform.organisationId(), platform.id(), launch.context().id(),
          launch.namesRoleService().contextMembershipsUrl(), launch.isStaff());
    }
    return learnerId;
  }
}
