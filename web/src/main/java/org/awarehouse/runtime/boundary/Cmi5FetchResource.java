package org.awarehouse.runtime.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.awarehouse.runtime.control.Cmi5Launches;

/**
 * The fetch URL of a cmi5 launch (cmi5 section 8.2): the AU POSTs to it once for its session's
 * auth-token. The key in the query is the one-time secret. Any origin may call it: the AU runs on
 * the content origin or its own host, and the answer is worth only the key the caller already has.
 */
@Path("/runtime/cmi5/fetch")
public class Cmi5FetchResource {

  @Inject Cmi5Launches launches;

  /**
   * 8.2.2: "The HTTP status code MUST be 200 for a valid request (including one that generates
   * error as described in section 8.2.3)", as application/json.
   */
  @POST
  public Response fetch(@QueryParam("k") String key) {
    Cmi5Launches.Fetched fetched = launches.fetch(key);
    JsonObjectBuilder body = Json.createObjectBuilder();
    if (fetched.authToken() != null) {
      body.add("auth-token", fetched.authToken());
    } else {
      body.add("error-code", fetched.errorCode()).add("error-text", fetched.errorText());
    }
    return Response.ok(body.build().toString(), MediaType.APPLICATION_JSON_TYPE)
        .header("Cache-Control", "no-store")
        .header("Access-Control-Allow-Origin", "*")
        .build();
  }
}
