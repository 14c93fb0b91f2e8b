package org.awarehouse.lti.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.awarehouse.lti.control.LoginService;

/**
 * OIDC login initiation URL. Platforms may use GET or POST (Security Framework 1.0 §5.1.1).
 * The state is bound to the browser with a cookie that survives the cross-site form post back
 * (SameSite=None; Secure).
 */
@Path("/lti/login")
public class LoginResource {
  static final String STATE_COOKIE = "awh_lti_state";

  @Inject LoginService logins;

  @GET
  public Response get(
      @QueryParam("iss") String iss, @QueryParam("login_hint") String loginHint,
      @QueryParam("target_link_uri") String targetLinkUri, @QueryParam("lti_message_hint") String messageHint,
      @QueryParam("client_id") String clientId, @QueryParam("lti_deployment_id") String deploymentId) {
    return redirect(new LoginService.Initiation(iss, loginHint, targetLinkUri, messageHint, clientId, deploymentId));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response post(
      @FormParam("iss") String iss, @FormParam("login_hint") String loginHint,
      @FormParam("target_link_uri") String targetLinkUri, @FormParam("lti_message_hint") String messageHint,
      @FormParam("client_id") String clientId, @FormParam("lti_deployment_id") String deploymentId) {
    return redirect(new LoginService.Initiation(iss, loginHint, targetLinkUri, messageHint, clientId, deploymentId));
  }

  private Response redirect(LoginService.Initiation initiation) {
    LoginService.Redirect redirect = logins.initiate(initiation);
    NewCookie state = new NewCookie.Builder(STATE_COOKIE)
        .value(redirect.state())
        .path("/lti")
        .maxAge(600)
        .secure(true)
        .httpOnly(true)
        .sameSite(NewCookie.SameSite.NONE)
        .build();
    // 302 with a GET to the platform, as §5.1.1.2 asks
    return Response.status(Response.Status.FOUND)
        .location(URI.create(redirect.location()))
        .cookie(state)
        .header("Cache-Control", "no-store")
        .build();
  }
}
