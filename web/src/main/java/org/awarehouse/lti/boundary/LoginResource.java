package org.awarehouse.lti.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.awarehouse.lti.control.LoginService;

/**
 * OIDC login initiation URL. Platforms may use GET or POST (Security Framework 1.0 §5.1.1).
 * The state is bound to the browser with a cookie and, when the platform offers LTI platform
 * storage ({@code lti_storage_target}), also through that storage, so that a browser blocking
 * third-party cookies can still launch.
 */
@Path("/lti/login")
public class LoginResource {

  @Inject LoginService logins;

  @GET
  public Response get(
      @QueryParam("iss") String iss, @QueryParam("login_hint") String loginHint,
      @QueryParam("target_link_uri") String targetLinkUri, @QueryParam("lti_message_hint") String messageHint,
      @QueryParam("client_id") String clientId, @QueryParam("lti_deployment_id") String deploymentId,
      @QueryParam("lti_storage_target") String storageTarget) {
    return answer(new LoginService.Initiation(iss, loginHint, targetLinkUri, messageHint, clientId, deploymentId,
        storageTarget));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response post(
      @FormParam("iss") String iss, @FormParam("login_hint") String loginHint,
      @FormParam("target_link_uri") String targetLinkUri, @FormParam("lti_message_hint") String messageHint,
      @FormParam("client_id") String clientId, @FormParam("lti_deployment_id") String deploymentId,
      @FormParam("lti_storage_target") String storageTarget) {
    return answer(new LoginService.Initiation(iss, loginHint, targetLinkUri, messageHint, clientId, deploymentId,
        storageTarget));
  }

  private Response answer(LoginService.Initiation initiation) {
    LoginService.Redirect redirect = logins.initiate(initiation);
    if (!redirect.usesPlatformStorage()) {
      // 302 with a GET to the platform, as §5.1.1.2 asks
      return Response.status(Response.Status.FOUND)
          .location(URI.create(redirect.location()))
          .cookie(StateCookies.issue(redirect.state()))
          .header("Cache-Control", "no-store")
          .build();
    }
    // Client Side postMessages: a page first puts the binding secret into platform storage,
    // then sends the browser on with the same GET.
    HtmlPage page = new HtmlPage();
    return page.answer(LoginPage.storeThenContinue(redirect, page.nonce()))
        .cookie(StateCookies.issue(redirect.state()))
        .build();
  }
}
