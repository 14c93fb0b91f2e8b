package org.awarehouse.lti.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.awarehouse.content.control.CatalogueService;
import org.awarehouse.lti.control.DeepLinkingService;
import org.awarehouse.lti.control.LaunchService;
import org.awarehouse.lti.control.LtiLaunch;

/**
 * The redirect URI: the platform's form post with id_token and state lands here. A valid
 * resource-link launch opens the page of its module (until the player exists, a page that names
 * the module and the learner's status); a deep-linking request opens the module picker.
 */
@Path("/lti/launch")
public class LaunchResource {

  @Inject LaunchService launches;
  @Inject CatalogueService catalogue;
  @Inject DeepLinkingService deepLinking;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  public Response launch(
      @FormParam("id_token") String idToken, @FormParam("state") String state,
      @CookieParam(LoginResource.STATE_COOKIE) String stateCookie) {
    LaunchService.Accepted accepted = launches.launch(idToken, state, stateCookie);
    NewCookie spent = new NewCookie.Builder(LoginResource.STATE_COOKIE).value("").path("/lti").maxAge(0)
        .secure(true).httpOnly(true).sameSite(NewCookie.SameSite.NONE).build();
    String page = accepted.launch().messageType() == LtiLaunch.MessageType.DEEP_LINKING
        ? DeepLinkingPage.selection(deepLinking.begin(accepted.platformId(), accepted.launch()),
            LaunchPage.language(accepted.launch().locale()))
        : LaunchPage.render(accepted, catalogue.summary(accepted.moduleSlug()));
    return Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .cookie(spent)
        .header("Cache-Control", "no-store")
        .build();
  }
}
