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
import java.util.UUID;
import org.awarehouse.lti.control.GradeOutbox;
import org.awarehouse.lti.control.PlatformService;
import org.awarehouse.platform.control.Caller;
import org.awarehouse.platform.control.Role;

/**
 * The scores on their way to a platform's gradebook: pending, delivered and parked (with the
 * platform's answer), for the whole platform or one course; and putting parked scores back in
 * line once the cause is fixed.
 */
@Path("/api/platforms/{id}/grades")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class GradesResource {

  @Inject GradeOutbox outbox;
  @Inject PlatformService platforms;
  @Inject Caller caller;

  /** The answer of the retry action: how many parked scores went back in line. */
  public record Retried(int scores) {}

  @GET
  public GradeOutbox.Status status(@PathParam("id") UUID platformId, @QueryParam("context") String contextId) {
    platforms.get(caller.organisationId(), platformId); // 404 for another organisation's platform
    return outbox.status(caller.organisationId(), platformId, contextId);
  }

  @POST
  @Path("/retry")
  public Retried retry(@PathParam("id") UUID platformId) {
    platforms.get(caller.organisationId(), platformId);
    return new Retried(outbox.retryParked(caller.organisationId(), platformId));
  }
}
