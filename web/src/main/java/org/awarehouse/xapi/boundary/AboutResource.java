package org.awarehouse.xapi.boundary;

import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The About Resource (xAPI 1.0.3 Communication §2.7): the versions spoken, no credentials needed. */
@Path("/xapi/about")
public class AboutResource {
  private static final JsonProvider JSON = JsonProvider.provider();

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String about() {
    return JSON.createObjectBuilder()
        .add("version", JSON.createArrayBuilder().add("1.0.3").add("2.0.0"))
        .add("extensions", JSON.createObjectBuilder())
        .build()
        .toString();
  }
}
