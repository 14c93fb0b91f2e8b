package org.awarehouse.lti.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.awarehouse.lti.control.DeepLinkingService;
import org.awarehouse.lti.control.PlatformUrls;

/** The selection form posts here; the answer goes back to the platform through the browser. */
@Path("/lti/deep-link")
public class DeepLinkResource {

  @Inject DeepLinkingService deepLinking;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  public Response answer(@FormParam("selection") String selection, @FormParam("module") List<String> modules) {
    DeepLinkingService.Answer answer = deepLinking.answer(selection, modules);
    HtmlPage page = new HtmlPage();
    return page.answer(DeepLinkingPage.answer(answer, page.nonce()), PlatformUrls.origin(answer.returnUrl())).build();
  }
}
