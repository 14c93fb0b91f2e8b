package org.awarehouse.lti.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.awarehouse.lti.control.PlatformService;
import org.awarehouse.lti.control.Rosters;
import org.awarehouse.lti.control.UnknownRosterException;
import org.awarehouse.platform.control.Caller;
import org.awarehouse.platform.control.InvalidInputException;
import org.awarehouse.platform.control.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A course's roster (from NRPS) and the participation it defines. Course ids are the platform's
 * and may hold any character, so they travel as the {@code context} query parameter. The class
 * path ends in {@code /roster}: a class at {@code /api/platforms/{id}} would win JAX-RS's
 * matching over the platforms resource and leave its own methods unreachable.
 */
@Path("/api/platforms/{id}/roster")
@Produces(MediaType.APPLICATION_JSON)
public class RostersResource {

  @Inject Rosters rosters;
  @Inject PlatformService platforms;
  @Inject Caller caller;

  @Inject
  @ConfigProperty(name = "awarehouse.reports.min-group-size", defaultValue = "5")
  int minGroupSize;

  @GET
  @RolesAllowed(Role.ADMIN_NAME)
  public Rosters.Status roster(@PathParam("id") UUID platformId, @QueryParam("context") String contextId) {
    platforms.get(caller.organisationId(), platformId);
    return rosters.status(caller.organisationId(), platformId, required(contextId))
        .orElseThrow(() -> new UnknownRosterException(contextId));
  }

  @POST
  @Path("/sync")
  @RolesAllowed(Role.ADMIN_NAME)
  public Response sync(@PathParam("id") UUID platformId, @QueryParam("context") String contextId) {
    platforms.get(caller.organisationId(), platformId);
    rosters.requestSync(caller.organisationId(), platformId, required(contextId));
    return Response.accepted().build();
  }

  /** Learners on the roster who started, of all learners on it; withheld for small groups. */
  @GET
  @Path("/participation")
  @RolesAllowed({Role.ADMIN_NAME, Role.REPORTER_NAME})
  public Rosters.Participation participation(@PathParam("id") UUID platformId, @QueryParam("context") String contextId) {
    platforms.get(caller.organisationId(), platformId);
    return rosters.participation(caller.organisationId(), platformId, required(contextId), minGroupSize);
  }

  private static String required(String contextId) {
    if (contextId == null || contextId.isBlank()) {
      throw new InvalidInputException("context", "is required: the platform's course id");
    }
    return contextId;
  }
}
