package org.awarehouse.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.awarehouse.platform.entity.Organisation;

/** Creates and reads organisations, the tenants of an installation. */
@ApplicationScoped
public class OrganisationService {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject LearnerProfiles learners;

  @Transactional
  public Organisation create(String slug, String name) {
    boolean taken = !em.createQuery("select o.id from Organisation o where o.slug = :slug", UUID.class)
        .setParameter("slug", slug)
        .getResultList()
        .isEmpty();
    if (taken) {
      throw new DuplicateSlugException(slug);
    }
    Organisation organisation = new Organisation(slug, name, clock.instant());
    em.persist(organisation);
    return organisation;
  }

  @Transactional
  public Organisation get(UUID id) {
    Organisation organisation = em.find(Organisation.class, id);
    if (organisation == null) {
      throw new UnknownOrganisationException(id);
    }
    return organisation;
  }

  /**
   * Turns keeping learners' names and e-mail addresses on or off. Off erases every name already
   * kept, in the same transaction, so the choice is never only half applied.
   */
  @Transactional
  public Organisation keepLearnerNames(UUID id, boolean keep) {
    Organisation organisation = get(id);
    organisation.keepLearnerNames(keep);
    if (!keep) {
      learners.forget(id);
    }
    return organisation;
  }

  /** The key of the organisation's learner pseudonyms; it never leaves the server. */
  @Transactional
  public byte[] learnerSecret(UUID id) {
    return get(id).learnerSecret();
  }

  @Transactional
  public Organisation bySlug(String slug) {
    return em.createQuery("select o from Organisation o where o.slug = :slug", Organisation.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Organisation '" + slug + "' is missing"));
  }

  @Transactional
  public List<Organisation> list() {
    return em.createQuery("select o from Organisation o order by o.slug", Organisation.class).getResultList();
  }
}
