package org.awarehouse.lti.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.awarehouse.lti.control.ContextConsole;

/**
 * The course overview, opened from an instructor's launch page. The page token travels in the
 * form, not in a cookie, because the page lives in the LMS's iframe.
 */
@Path("/lti/console")
public class ConsoleResource {

  @Inject ContextConsole console;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  public Response open(@FormParam("token") String token) {
    return new HtmlPage().answer(ConsolePage.render(console.open(token))).build();
  }
}
