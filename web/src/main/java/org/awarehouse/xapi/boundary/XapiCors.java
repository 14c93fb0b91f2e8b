package org.awarehouse.xapi.boundary;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Cross-origin access to the LRS, which browser content needs: a cmi5 AU runs on the content
 * origin or a host of its own and sends its statements to {@code /xapi/} (cmi5 section 8.1,
 * endpoint). Every origin is allowed because the LRS authenticates with the Authorization header
 * alone: a page can send only credentials it already holds, never a cookie of ours. Preflights
 * are answered before authentication, which they cannot carry.
 */
@Provider
@PreMatching
public class XapiCors implements ContainerRequestFilter, ContainerResponseFilter {
  static final String ALLOWED_HEADERS = "Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match";
  static final String EXPOSED_HEADERS = "ETag, Last-Modified, Content-Type, X-Experience-API-Version, "
      + "X-Experience-API-Consistent-Through";

  @Override
  public void filter(ContainerRequestContext request) {
    if (isXapi(request) && HttpMethod.OPTIONS.equals(request.getMethod())
        && request.getHeaderString("Access-Control-Request-Method") != null) {
      request.abortWith(Response.noContent()
          .header("Access-Control-Allow-Methods", "GET, HEAD, POST, PUT, DELETE")
          .header("Access-Control-Allow-Headers", ALLOWED_HEADERS)
          .header("Access-Control-Max-Age", "600")
          .build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (isXapi(request) && request.getHeaderString("Origin") != null) {
      response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
      response.getHeaders().putSingle("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    }
  }

  private static boolean isXapi(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    return path.equals("xapi") || path.startsWith("xapi/") || path.equals("/xapi") || path.startsWith("/xapi/");
  }
}
