package org.awarehouse.lti.boundary;

import static org.awarehouse.platform.boundary.ProblemPage.escape;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.awarehouse.lti.control.DynamicRegistrationService;
import org.awarehouse.lti.entity.Platform;

/**
 * Dynamic registration initiation URL (LTI DR 1.0 §3.3), opened by the LMS in a window or
 * iframe. It registers at once and closes with the org.imsglobal.lti.close message (§3.7).
 */
@Path("/lti/register")
public class RegistrationResource {

  @Inject DynamicRegistrationService registrations;

  @GET
  @Produces(MediaType.TEXT_HTML)
  public Response register(
      @QueryParam("key") String key, @QueryParam("openid_configuration") String openidConfiguration,
      @QueryParam("registration_token") String registrationToken) {
    Platform platform = registrations.register(key, openidConfiguration, registrationToken);
    String page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Awarehouse is registered</title>
        <style>body{font:1rem/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem}</style></head>
        <body><main><h1>Awarehouse is registered</h1>
        <p>%s can now launch Awarehouse modules. You may close this window.</p></main>
        <script>(window.opener || window.parent).postMessage({subject: 'org.imsglobal.lti.close'}, '*');</script>
        </body></html>
        """.formatted(escape(platform.name()));
    return Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store").build();
  }
}
