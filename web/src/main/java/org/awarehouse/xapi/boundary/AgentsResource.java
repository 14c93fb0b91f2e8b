package org.awarehouse.xapi.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.util.List;
import org.awarehouse.platform.control.InvalidInputException;

/**
 * The Agents Resource (xAPI 1.0.3 Communication §2.6): the Person Object of an agent. This LRS
 * links no identities, so the person holds exactly the agent's own name and identifier.
 */
@Path("/xapi/agents")
public class AgentsResource {
  private static final JsonProvider JSON = JsonProvider.provider();

  @Inject StatementRequests requests;
  @Context UriInfo uri;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String get() {
    String json = requests.onlyKnown(uri.getQueryParameters(), List.of("agent")).getFirst("agent");
    if (json == null) {
      throw new InvalidInputException("agent", "is required");
    }
    requests.agentIdentifier(json, "agent");
    JsonObject agent;
    try (var reader = JSON.createReader(new StringReader(json))) {
      agent = reader.readObject();
    }
    JsonObjectBuilder person = JSON.createObjectBuilder().add("objectType", "Person");
    for (String property : List.of("name", "mbox", "mbox_sha1sum", "openid", "account")) {
      if (agent.containsKey(property)) {
        person.add(property, JSON.createArrayBuilder().add(agent.get(property)));
      }
    }
    return person.build().toString();
  }
}
