package org.awarehouse.platform.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.awarehouse.platform.control.Role;

/**
 * Who is calling in this request: set once by the authentication filter, read by resources to
 * scope every query to {@link #organisationId()}.
 */
@RequestScoped
public class Caller {
  private UUID tokenId;
  private UUID organisationId;
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  public void authenticated(TokenService.Authenticated token) {
    this.tokenId = token.tokenId();
    this.organisationId = token.organisationId();
    this.roles = EnumSet.copyOf(token.roles());
  }

  public UUID organisationId() {
    if (organisationId == null) {
      throw new IllegalStateException("No authenticated caller in this request");
    }
    return organisationId;
  }

  public UUID tokenId() {
    return tokenId;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
