package org.awarehouse.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import org.awarehouse.platform.control.AuthenticationRequiredException;
import org.awarehouse.platform.control.Caller;
import org.awarehouse.platform.control.TokenService;
import org.awarehouse.platform.control.Role;

/**
 * Every /api call carries a Bearer API token (RFC 6750 §2.1). The filter resolves it to the
 * calling organisation and roles; {@code @RolesAllowed} on the resources then decides (RESTEasy
 * role-based security, switched on in web.xml).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthenticationFilter implements ContainerRequestFilter {
  private static final String BEARER = "Bearer ";

  @Inject TokenService tokens;
  @Inject Caller caller;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw AuthenticationRequiredException.missing();
    }
    String secret = header.substring(BEARER.length()).strip();
    TokenService.Authenticated token = tokens.authenticate(secret)
        .orElseThrow(AuthenticationRequiredException::invalid);
    caller.authenticated(token);
    boolean secure = request.getSecurityContext().isSecure();
    request.setSecurityContext(new SecurityContext() {
      @Override
      public Principal getUserPrincipal() {
        return () -> "token:" + token.tokenId();
      }

      @Override
      public boolean isUserInRole(String role) {
        return Role.fromJsonName(role).map(token.roles()::contains).orElse(false);
      }

      @Override
      public boolean isSecure() {
        return secure;
      }

      @Override
      public String getAuthenticationScheme() {
        return "Bearer";
      }
    });
  }
}
