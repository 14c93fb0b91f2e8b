package org.awarehouse.xapi.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.awarehouse.xapi.control.XapiAuthenticationException;
import org.awarehouse.xapi.control.XapiCaller;
import org.awarehouse.xapi.control.XapiCredentials;
import org.awarehouse.xapi.control.XapiVersion;
import org.awarehouse.xapi.control.XapiVersionException;

/**
 * Every request to /xapi except GET /xapi/about names a supported xAPI version and authenticates
 * with HTTP Basic LRS credentials; every answer, errors included, names the version spoken. Like
 * the API filter it decides on the decoded first path segment, so it fails closed.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class XapiAuthenticationFilter implements ContainerRequestFilter, ContainerResponseFilter {
  static final String VERSION_HEADER = "X-Experience-API-Version";
  private static final String BASIC = "Basic ";

  @Inject XapiCredentials credentials;
  @Inject XapiCaller caller;

  @Override
  public void filter(ContainerRequestContext request) {
    List<String> segments = segments(request);
    if (segments.isEmpty() || !segments.get(0).equals("xapi")) {
      return;
    }
    if (segments.size() == 2 && segments.get(1).equals("about")) {
      return;
    }
    String sent = request.getHeaderString(VERSION_HEADER);
    XapiVersion version = XapiVersion.negotiate(sent).orElseThrow(() -> new XapiVersionException(sent));
    caller.version(version);
    caller.authenticated(authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION)));
  }

  private XapiCredentials.Authenticated authenticate(String header) {
    if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      throw new XapiAuthenticationException("Send 'Authorization: Basic' with an LRS key and secret.");
    }
    String pair;
    try {
      pair = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new XapiAuthenticationException("The Basic credentials are not base64.");
    }
    int colon = pair.indexOf(':');
    if (colon < 0) {
      throw new XapiAuthenticationException("The Basic credentials are not key:secret.");
    }
    return credentials.authenticate(pair.substring(0, colon), pair.substring(colon + 1))
        .orElseThrow(() -> new XapiAuthenticationException("The LRS key or secret is wrong, or the key was revoked."));
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    List<String> segments = segments(request);
    if (!segments.isEmpty() && segments.get(0).equals("xapi")) {
      String sent = request.getHeaderString(VERSION_HEADER);
      response.getHeaders().putSingle(VERSION_HEADER,
          XapiVersion.negotiate(sent).orElse(XapiVersion.V1_0_3).header());
    }
  }

  private static List<String> segments(ContainerRequestContext request) {
    return request.getUriInfo().getPathSegments(true).stream()
        .map(PathSegment::getPath)
        .filter(segment -> !segment.isEmpty())
        .toList();
  }
}
