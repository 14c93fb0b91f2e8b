package org.awarehouse.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.awarehouse.platform.entity.ApiToken;
import org.awarehouse.platform.control.Role;

/** Issues, authenticates, lists and revokes API tokens; every lookup is per organisation. */
@ApplicationScoped
public class TokenService {
  /** last_used_at is a hint for administrators; writing it on every request would cost a write. */
  private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(5);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** What the authentication filter learns from a valid token. */
  public record Authenticated(UUID tokenId, UUID organisationId, Set<Role> roles) {}

  /** A freshly issued token: the only moment the secret exists outside the caller's hands. */
  public record Issued(ApiToken token, String secret) {}

  @Transactional
  public Optional<Authenticated> authenticate(String secret) {
    Instant now = clock.instant();
    return em.createQuery("select t from ApiToken t where t.secretSha256 = :hash", ApiToken.class)
        .setParameter("hash", TokenSecrets.sha256(secret))
        .getResultStream()
        .filter(token -> token.isUsableAt(now))
        .findFirst()
        .map(token -> {
          if (token.lastUsedAt() == null || token.lastUsedAt().plus(LAST_USED_GRANULARITY).isBefore(now)) {
            token.markUsed(now);
          }
          return new Authenticated(token.id(), token.organisationId(), token.roles());
        });
  }

  /**
   * Issues a token in an organisation. The operator role is never issued through the API: it
   * comes only from the environment or the first start.
   */
  @Transactional
  public Issued issue(UUID organisationId, String name, Set<Role> roles, Instant expiresAt) {
    if (roles.contains(Role.OPERATOR)) {
      throw new InvalidInputException("roles", "the operator role cannot be issued through the API");
    }
    Instant now = clock.instant();
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      throw new InvalidInputException("expiresAt", "must lie in the future");
    }
    em.createQuery("select o.id from Organisation o where o.id = :id", UUID.class)
        .setParameter("id", organisationId)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new UnknownOrganisationException(organisationId));
    return store(organisationId, name, roles, false, now, expiresAt, TokenSecrets.newSecret());
  }

  @Transactional
  public List<ApiToken> list(UUID organisationId) {
    return em.createQuery(
            "select t from ApiToken t where t.organisationId = :org and t.revokedAt is null order by t.createdAt",
            ApiToken.class)
        .setParameter("org", organisationId)
        .getResultList();
  }

  @Transactional
  public void revoke(UUID organisationId, UUID tokenId) {
    ApiToken token = em.find(ApiToken.class, tokenId);
    if (token == null || !token.organisationId().equals(organisationId) || token.revokedAt() != null) {
      throw new UnknownTokenException(tokenId);
    }
    token.revoke(clock.instant());
  }

  /**
   * Makes {@code secret} the one operator token of {@code organisationId}, revoking any earlier
   * bootstrap token. Returns false when it already was.
   */
  @Transactional
  public boolean installBootstrapToken(UUID organisationId, String secret) {
    String hash = TokenSecrets.sha256(secret);
    Instant now = clock.instant();
    boolean present = false;
    for (ApiToken token : activeBootstrapTokens()) {
      if (token.secretSha256().equals(hash)) {
        present = true;
      } else {
        token.revoke(now);
      }
    }
    if (!present) {
      em.flush();
      store(organisationId, "operator (bootstrap)", Set.of(Role.OPERATOR, Role.ADMIN, Role.AUTHOR, Role.REPORTER),
          true, now, null, secret);
    }
    return !present;
  }

  @Transactional
  public boolean hasBootstrapToken() {
    return !activeBootstrapTokens().isEmpty();
  }

  private List<ApiToken> activeBootstrapTokens() {
    return em.createQuery("select t from ApiToken t where t.bootstrap = true and t.revokedAt is null", ApiToken.class)
        .getResultList();
  }

  private Issued store(
      UUID organisationId, String name, Set<Role> roles, boolean bootstrap, Instant now, Instant expiresAt,
      String secret) {
    ApiToken token = new ApiToken(organisationId, name, TokenSecrets.sha256(secret), roles, bootstrap, now, expiresAt);
    em.persist(token);
    return new Issued(token, secret);
  }
}
