package org.awarehouse.lti.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.awarehouse.lti.control.ToolKeyService;
import org.awarehouse.platform.control.Role;

/** Key rotation on demand, for the operator (after a suspected key leak, or to test a platform). */
@Path("/api/tool-keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.OPERATOR_NAME)
public class ToolKeysResource {

  @Inject ToolKeyService keys;

  /** The answer of a rotation. */
  public record Rotated(String currentKid) {}

  @POST
  @Path("/rotate")
  public Rotated rotate() {
    return new Rotated(keys.rotate());
  }
}
