package org.awarehouse.xapi.boundary;

import jakarta.ws.rs.Path;
import java.util.List;
import org.awarehouse.xapi.control.DocumentStore;

/** The Agent Profile Resource (xAPI 1.0.3 Communication §2.6): documents about an agent. */
@Path("/xapi/agents/profile")
public class AgentProfileResource extends DocumentResource {

  public AgentProfileResource() {
    super(DocumentStore.Kind.AGENT_PROFILE, List.of("agent", "profileId", "since"), "profileId", false);
  }
}
