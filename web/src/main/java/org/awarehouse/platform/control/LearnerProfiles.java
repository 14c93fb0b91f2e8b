package org.awarehouse.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.awarehouse.platform.entity.LearnerProfile;
import org.awarehouse.platform.entity.Organisation;

/**
 * Names and e-mail addresses of learners. Learners are pseudonymous; an organisation may choose
 * to keep the names its platforms send (for example for named board evidence), and only then are
 * they stored. Turning the choice off erases what was kept.
 */
@ApplicationScoped
public class LearnerProfiles {
  static final int MAX_NAME = 300;
  static final int MAX_EMAIL = 320;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** Keeps the name and e-mail the platform sent, if the organisation wants them; else nothing. */
  @Transactional
  public void remember(UUID organisationId, String learnerId, String name, String email) {
    Organisation organisation = em.find(Organisation.class, organisationId);
    if (organisation == null || !organisation.keepsLearnerNames() || (name == null && email == null)) {
      return;
    }
    LearnerProfile.Key key = new LearnerProfile.Key(organisationId, learnerId);
    LearnerProfile profile = em.find(LearnerProfile.class, key);
    boolean known = profile != null;
    if (!known) {
      profile = new LearnerProfile(key);
    }
    // before persist: Hibernate takes the insert's values when the entity is persisted
    profile.update(clip(name, MAX_NAME), clip(email, MAX_EMAIL), clock.instant());
    if (!known) {
      em.persist(profile);
    }
  }

  /** How many learners of the organisation have a name or e-mail address on file. */
  @Transactional
  public long count(UUID organisationId) {
    return em.createQuery("select count(p) from LearnerProfile p where p.key.organisationId = :org", Long.class)
        .setParameter("org", organisationId)
        .getSingleResult();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  int forget(UUID organisationId) {
    return em.createQuery("delete from LearnerProfile p where p.key.organisationId = :org")
        .setParameter("org", organisationId)
        .executeUpdate();
  }

  private static String clip(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
