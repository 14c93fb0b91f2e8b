package org.awarehouse.xapi.boundary;

import jakarta.ws.rs.Path;
import java.util.List;
import org.awarehouse.xapi.control.DocumentStore;

/** The Activity Profile Resource (xAPI 1.0.3 Communication §2.5): documents about an activity. */
@Path("/xapi/activities/profile")
public class ActivityProfileResource extends DocumentResource {

  public ActivityProfileResource() {
    super(DocumentStore.Kind.ACTIVITY_PROFILE, List.of("activityId", "profileId", "since"), "profileId", false);
  }
}
