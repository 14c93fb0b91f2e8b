package org.awarehouse.xapi.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.awarehouse.platform.control.Caller;
import org.awarehouse.platform.control.Role;
import org.awarehouse.xapi.control.Forwarding;
import org.awarehouse.xapi.control.UnknownForwardingException;

/** Forwarding the organisation's statements to an external LRS: set, inspect, retry, stop. */
@Path("/api/xapi/forwarding")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class ForwardingResource {

  @Inject Forwarding forwarding;
  @Inject Caller caller;

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Forwarding.Status configure(@NotNull(message = "must be a JSON object with endpoint, key and secret") @Valid
      ForwardingTarget body) {
    forwarding.configure(caller.organisationId(), body.endpoint(), body.key(), body.secret());
    return status();
  }

  @GET
  public Forwarding.Status status() {
    return forwarding.status(caller.organisationId()).orElseThrow(UnknownForwardingException::new);
  }

  @POST
  @Path("/retry")
  public Map<String, Integer> retry() {
    return Map.of("requeued", forwarding.retryParked(caller.organisationId()));
  }

  @DELETE
  public Response stop() {
    forwarding.stop(caller.organisationId());
    return Response.noContent().build();
  }
}
