package org.awarehouse.xapi.boundary;

import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.awarehouse.platform.control.InvalidInputException;
import org.awarehouse.xapi.control.StatementStore;
import org.awarehouse.xapi.control.XapiCaller;
import org.awarehouse.xapi.control.XapiForbiddenException;

/**
 * The Activities Resource (xAPI 1.0.3 Communication §2.5): an activity as the statements describe
 * it, or only its id when none does yet.
 */
@Path("/xapi/activities")
public class ActivitiesResource {
  private static final JsonProvider JSON = JsonProvider.provider();

  @Inject StatementStore statements;
  @Inject StatementRequests requests;
  @Inject XapiCaller caller;
  @Context UriInfo uri;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String get() {
    String id = requests.onlyKnown(uri.getQueryParameters(), List.of("activityId")).getFirst("activityId");
    if (id == null) {
      throw new InvalidInputException("activityId", "is required");
    }
    StatementRequests.iri(id, "activityId");
    if (!caller.credential().canRead()) {
      throw new XapiForbiddenException("This LRS credential may send statements but not read them.");
    }
    return statements.activity(caller.organisationId(), id)
        .orElseGet(() -> JSON.createObjectBuilder().add("objectType", "Activity").add("id", id).build())
        .toString();
  }
}
