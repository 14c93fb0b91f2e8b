package org.awarehouse.lti.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.awarehouse.content.control.CatalogueService;
import org.awarehouse.content.control.ContentUrls;
import org.awarehouse.lti.control.DeepLinkingService;
import org.awarehouse.lti.control.LaunchService;
import org.awarehouse.lti.control.LoginService;
import org.awarehouse.lti.control.LtiLaunch;
import org.awarehouse.lti.control.TryOuts;
import org.awarehouse.runtime.control.Attempts;

/**
 * The redirect URI: the platform's form post with id_token and state lands here. A valid
 * resource-link launch opens the player, for an uploaded package or a built-in module; staff
 * launching a built-in module get its page with the way into the course overview; a deep-linking
 * request opens the module picker. When the
 * state cookie did not survive and the login used platform storage, a page first reads the
 * binding secret from that storage and posts the launch again with it.
 */
@Path("/lti/launch")
public class LaunchResource {

  @Inject LaunchService launches;
  @Inject LoginService logins;
  @Inject CatalogueService catalogue;
  @Inject DeepLinkingService deepLinking;
  @Inject Attempts attempts;
  @Inject TryOuts tryOuts;
  @Inject ContentUrls contentUrls;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  public Response launch(
      @FormParam("id_token") String idToken, @FormParam("state") String state,
      @FormParam("awh_storage_binding") String storageBinding, @Context HttpHeaders headers) {
    String cookie = StateCookies.read(headers, state);
    if (cookie == null && storageBinding == null && state != null) {
      Optional<LoginService.StorageLookup> lookup = logins.storageLookup(state);
      if (lookup.isPresent()) {
        HtmlPage page = new HtmlPage();
        return page.answer(LoginPage.verifyThenLaunch(idToken, state, lookup.get(), page.nonce())).build();
      }
    }
    LaunchService.Accepted accepted = launches.launch(idToken, state,
        new LaunchService.BrowserProof(cookie, storageBinding));
    HtmlPage page = new HtmlPage();
    Response.ResponseBuilder answer;
    if (accepted.launch().messageType() == LtiLaunch.MessageType.DEEP_LINKING) {
      DeepLinkingService.Selection selection = deepLinking.begin(accepted.platformId(), accepted.launch());
      answer = page.answer(DeepLinkingPage.selection(selection, LaunchPage.language(accepted.launch().locale()),
          page.nonce()));
    } else if (accepted.packageId().isPresent()) {
      answer = player(accepted, accepted.packageId().get(), page);
    } else {
      Optional<CatalogueService.ModuleSummary> module = catalogue.summary(accepted.moduleSlug());
      if (module.isPresent() && module.get().packageId() != null && !accepted.launch().isStaff()) {
        answer = player(accepted, module.get().packageId(), page);
      } else {
        answer = page.answer(LaunchPage.render(accepted, module));
      }
    }
    return answer.cookie(StateCookies.spent(state)).build();
  }

  /**
   * A link follows the package's latest published version, unless the course pinned one with the
   * custom parameter {@code package_version}.
   */
  private static Integer pinnedVersion(LtiLaunch launch) {
    String pinned = launch.custom().get("package_version");
    try {
      return pinned == null || pinned.isBlank() ? null : Integer.valueOf(pinned.strip());
    } catch (NumberFormatException e) {
      return null; // not a version number: follow the latest rather than refuse the learner
    }
  }

  /**
   * Staff try the module their launch opened, from its page with the page token (a form field, as
   * for the course overview): the player, in a preview that is neither recorded nor graded.
   */
  @POST
  @Path("try")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  public Response tryOut(@FormParam("token") String token) {
    TryOuts.TryOut tryOut = tryOuts.open(token);
    HtmlPage page = new HtmlPage();
    return page.answerFraming(PlayerPage.render(tryOut.started(), LaunchPage.language(tryOut.launch().locale()),
        contentUrls.origin(), contentUrls.adapter(), token, page.nonce()), contentUrls.origin()).build();
  }

  /** A package, uploaded or built in: the learner's attempt continues, or starts, in the player. */
  private Response.ResponseBuilder player(LaunchService.Accepted accepted, java.util.UUID packageId, HtmlPage page) {
    LtiLaunch launch = accepted.launch();
    Attempts.Started started = attempts.start(new Attempts.Launcher(accepted.organisationId(), accepted.learnerId(),
        accepted.platformId(), launch.context() == null ? null : launch.context().id(), launch.resourceLinkId(),
        launch.locale()),
        packageId, pinnedVersion(launch));
    return page.answerFraming(PlayerPage.render(started, LaunchPage.language(launch.locale()), contentUrls.origin(),
        contentUrls.adapter(), accepted.pageToken(), page.nonce()), contentUrls.origin());
  }
}
