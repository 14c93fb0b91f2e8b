package org.awarehouse.platform.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.awarehouse.platform.control.InvalidInputException;
import org.awarehouse.platform.control.Role;

/** Body of POST /api/tokens: a name people recognise, the roles, and an optional expiry. */
public record NewToken(
    @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
    @NotEmpty(message = "must name at least one of admin, author, reporter") Set<String> roles,
    Instant expiresAt) {

  Set<Role> parsedRoles() {
    Set<Role> parsed = EnumSet.noneOf(Role.class);
    for (String role : roles) {
      parsed.add(Role.fromJsonName(role).orElseThrow(() ->
          new InvalidInputException("roles", "unknown role '" + role + "'; use admin, author or reporter")));
    }
    return parsed;
  }
}
