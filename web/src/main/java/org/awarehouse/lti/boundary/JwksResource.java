package org.awarehouse.lti.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.awarehouse.lti.control.ToolKeyService;

/** The tool's public keys as a JWK Set (RFC 7517 §5), which platforms fetch to verify our JWTs. */
@Path("/lti/jwks")
public class JwksResource {
  private static final int CACHE_SECONDS = 300;

  @Inject ToolKeyService keys;

  @GET
  public Response jwks() {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(CACHE_SECONDS);
    return Response.ok(keys.publicJwks().toString(true), "application/json").cacheControl(cache).build();
  }
}
