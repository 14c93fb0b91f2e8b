package org.awarehouse.platform.boundary;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awarehouse.platform.entity.ApiToken;
import org.awarehouse.platform.control.Role;

/**
 * An API token as the API shows it. {@code secret} is present only in the answer to the request
 * that issued the token.
 */
public record TokenView(
    UUID id, UUID organisationId, String name, List<String> roles, Instant createdAt, Instant expiresAt,
    Instant lastUsedAt, String secret) {

  static TokenView of(ApiToken t, String secret) {
    return new TokenView(t.id(), t.organisationId(), t.name(),
        t.roles().stream().sorted().map(Role::jsonName).toList(), t.createdAt(), t.expiresAt(), t.lastUsedAt(), secret);
  }
}
