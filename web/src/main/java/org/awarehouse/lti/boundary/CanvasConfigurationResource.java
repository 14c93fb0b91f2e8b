package org.awarehouse.lti.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.awarehouse.lti.control.ToolUrls;

/**
 * The tool's LTI 1.3 configuration in Canvas's JSON format, for a developer key made with the
 * "Enter URL" method: login, launch and JWKS URLs, and the placements that start deep linking.
 * Pseudonymous by default: Canvas sends no name or e-mail (privacy_level anonymous).
 */
@Path("/lti/canvas.json")
public class CanvasConfigurationResource {

  @Inject ToolUrls urls;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject configuration() {
    return Json.createObjectBuilder()
        .add("title", "Awarehouse")
        .add("description", "Short, role-based security-awareness modules")
        .add("oidc_initiation_url", urls.login())
        .add("target_link_uri", urls.launch())
        .add("public_jwk_url", urls.jwks())
        .add("scopes", Json.createArrayBuilder()
            .add("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem")
            .add("https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly")
            .add("https://purl.imsglobal.org/spec/lti-ags/scope/score")
            .add("https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"))
        .add("extensions", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("platform", "canvas.instructure.com")
            .add("privacy_level", "anonymous")
            .add("settings", Json.createObjectBuilder()
                .add("placements", Json.createArrayBuilder()
                    .add(deepLinking("link_selection"))
                    .add(deepLinking("assignment_selection"))))))
        .build();
  }

  private JsonObject deepLinking(String placement) {
    return Json.createObjectBuilder()
        .add("placement", placement)
        .add("message_type", "LtiDeepLinkingRequest")
        .add("target_link_uri", urls.deepLinking())
        .build();
  }
}
