package org.awarehouse.xapi.boundary;

import jakarta.ws.rs.Path;
import java.util.List;
import org.awarehouse.xapi.control.DocumentStore;

/**
 * The State Resource (xAPI 1.0.3 Communication §2.3): documents of an agent in an activity, per
 * registration; DELETE without a stateId clears them all.
 */
@Path("/xapi/activities/state")
public class StateResource extends DocumentResource {

  public StateResource() {
    super(DocumentStore.Kind.STATE, List.of("activityId", "agent", "registration", "stateId", "since"), "stateId", true);
  }
}
