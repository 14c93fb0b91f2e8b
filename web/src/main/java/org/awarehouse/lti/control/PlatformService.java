package org.awarehouse.lti.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.awarehouse.lti.entity.Platform;
import org.awarehouse.lti.entity.PlatformEndpoints;

/** Platform registrations; every call but the login lookup is scoped to one organisation. */
@ApplicationScoped
public class PlatformService {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional
  public Platform register(UUID organisationId, PlatformEndpoints endpoints) {
    requireUnique(endpoints, null);
    Platform platform = new Platform(organisationId, endpoints, clock.instant());
    em.persist(platform);
    return platform;
  }

  @Transactional
  public Platform update(UUID organisationId, UUID id, PlatformEndpoints endpoints) {
    Platform platform = get(organisationId, id);
    requireUnique(endpoints, id);
    platform.update(endpoints, clock.instant());
    return platform;
  }

  @Transactional
  public void deactivate(UUID organisationId, UUID id) {
    get(organisationId, id).deactivate(clock.instant());
  }

  @Transactional
  public Platform get(UUID organisationId, UUID id) {
    Platform platform = em.find(Platform.class, id);
    if (platform == null || !platform.organisationId().equals(organisationId)) {
      throw new UnknownPlatformException(id);
    }
    return platform;
  }

  @Transactional
  public List<Platform> list(UUID organisationId) {
    return em.createQuery("select p from Platform p where p.organisationId = :org order by p.name", Platform.class)
        .setParameter("org", organisationId)
        .getResultList();
  }

  /**
   * The active registration a login names: by issuer and client id, or by issuer alone when the
   * platform sent no client_id and only one registration has that issuer (Security Framework
   * §5.1.1: client_id is optional in the login initiation).
   */
  @Transactional
  public Optional<Platform> forLogin(String issuer, String clientId) {
    var query = em.createQuery(
            "select p from Platform p where p.issuer = :iss and p.active = true"
                + (clientId == null ? "" : " and p.clientId = :client"), Platform.class)
        .setParameter("iss", issuer);
    if (clientId != null) {
      query.setParameter("client", clientId);
    }
    List<Platform> matches = query.getResultList();
    return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
  }

  @Transactional
  public Optional<Platform> byId(UUID id) {
    return Optional.ofNullable(em.find(Platform.class, id)).filter(Platform::active);
  }

  private void requireUnique(PlatformEndpoints endpoints, UUID except) {
    boolean taken = em.createQuery(
            "select p.id from Platform p where p.issuer = :iss and p.clientId = :client", UUID.class)
        .setParameter("iss", endpoints.issuer())
        .setParameter("client", endpoints.clientId())
        .getResultStream()
        .anyMatch(id -> !id.equals(except));
    if (taken) {
      throw new DuplicatePlatformException(endpoints.issuer(), endpoints.clientId());
    }
  }
}
