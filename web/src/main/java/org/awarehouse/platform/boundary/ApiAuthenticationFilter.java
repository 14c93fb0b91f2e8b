package org.awarehouse.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import org.awarehouse.platform.control.AuthenticationRequiredException;
import org.awarehouse.platform.control.Caller;
import org.awarehouse.platform.control.TokenService;
import org.awarehouse.platform.control.Role;

/**
 * Every request carries a Bearer API token (RFC 6750 §2.1), except those to /lti, which prove
 * themselves by the LTI security framework, and those to /xapi, which the LRS authenticates with
 * its own credentials (see {@code org.awarehouse.xapi.boundary.XapiAuthenticationFilter}), and
 * those to /runtime, where the player's attempt token is the credential. The
 * filter resolves the token to the calling organisation and roles; {@code @RolesAllowed} on the
 * resources then decides (RESTEasy
 * role-based security, switched on in web.xml). It fails closed: the exemption is decided on the
 * decoded first path segment, so neither a forgotten annotation nor a path spelled with matrix
 * parameters, encoded letters or doubled slashes leaves an API resource open.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthenticationFilter implements ContainerRequestFilter {
  private static final String BEARER = "Bearer ";

  @Inject TokenService tokens;
  @Inject Caller caller;

  @Override
  public void filter(ContainerRequestContext request) {
    if (ownAuthentication(request.getUriInfo())) {
      return;
    }
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

  private static boolean ownAuthentication(UriInfo uri) {
    return uri.getPathSegments(true).stream()
        .map(PathSegment::getPath)
        .filter(segment -> !segment.isEmpty())
        .findFirst()
        .map(segment -> segment.equals("lti") || segment.equals("xapi") || segment.equals("runtime"))
        .orElse(false);
  }
}
