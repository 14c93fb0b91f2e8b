package org.awarehouse.xapi.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.awarehouse.lti.control.ToolUrls;
import org.awarehouse.platform.control.Caller;
import org.awarehouse.platform.control.Role;
import org.awarehouse.xapi.control.XapiCredentials;

/** The organisation's LRS credentials: issue (the secret is shown once), list and revoke. */
@Path("/api/xapi-credentials")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class XapiCredentialsResource {

  @Inject XapiCredentials credentials;
  @Inject Caller caller;
  @Inject ToolUrls urls;

  @GET
  public List<XapiCredentialView> list() {
    return credentials.list(caller.organisationId()).stream()
        .map(c -> XapiCredentialView.of(c, null, endpoint()))
        .toList();
  }

  @POST
  public Response issue(@NotNull(message = "must be a JSON object with name, read and write") @Valid NewXapiCredential body) {
    XapiCredentials.Issued issued = credentials.issue(caller.organisationId(), body.name(), body.read(), body.write());
    return Response.status(Response.Status.CREATED)
        .entity(XapiCredentialView.of(issued.credential(), issued.secret(), endpoint()))
        .build();
  }

  @DELETE
  @Path("/{id}")
  public Response revoke(@PathParam("id") UUID id) {
    credentials.revoke(caller.organisationId(), id);
    return Response.noContent().build();
  }

  private String endpoint() {
    return urls.base() + "/xapi/";
  }
}
