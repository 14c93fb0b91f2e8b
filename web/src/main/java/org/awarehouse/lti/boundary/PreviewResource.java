package org.awarehouse.lti.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.awarehouse.content.control.ContentUrls;
import org.awarehouse.runtime.control.Attempts;
import org.awarehouse.runtime.control.Previews;

/** An author's preview link opens the player, as a learner would see it, outside any LMS. */
@Path("/lti/preview")
public class PreviewResource {

  @Inject Previews previews;
  @Inject ContentUrls contentUrls;

  @GET
  @Produces(MediaType.TEXT_HTML)
  public Response open(@QueryParam("token") String token) {
    Attempts.Started started = previews.open(token);
    HtmlPage page = new HtmlPage();
    return page.answerFraming(PlayerPage.render(started, "en", contentUrls.origin(), contentUrls.adapter(), "",
        page.nonce()), contentUrls.origin()).header("Referrer-Policy", "no-referrer").build();
  }
}
