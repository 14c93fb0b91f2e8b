package org.awarehouse.xapi.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.awarehouse.platform.control.Caller;
import org.awarehouse.platform.control.InvalidInputException;
import org.awarehouse.platform.control.Role;
import org.awarehouse.xapi.control.ProgressProjection;
import org.awarehouse.xapi.control.ProgressRebuild;

/**
 * The progress projection of the caller's organisation: read per activity, and rebuilt from the
 * statements on demand (after a restore, or to check it).
 */
@Path("/api/xapi/progress")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class ProgressResource {

  @Inject ProgressProjection projection;
  @Inject ProgressRebuild rebuild;
  @Inject Caller caller;

  @GET
  public List<ProgressProjection.Progress> forActivity(@QueryParam("activity") String activity) {
    if (activity == null || activity.isBlank()) {
      throw new InvalidInputException("activity", "is required: the activity id (IRI)");
    }
    return projection.forActivity(caller.organisationId(), activity);
  }

  @POST
  @Path("/rebuild")
  public Map<String, Integer> rebuild() {
    return Map.of("chunks", rebuild.rebuild(caller.organisationId()));
  }
}
