package org.awarehouse.platform.boundary;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.awarehouse.platform.control.Caller;
import org.awarehouse.platform.control.TokenService;
import org.awarehouse.platform.control.Role;

/** The API tokens of the caller's own organisation. */
@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class TokensResource {

  @Inject TokenService tokens;
  @Inject Caller caller;
  @Context UriInfo uri;

  @GET
  public List<TokenView> list() {
    return tokens.list(caller.organisationId()).stream().map(t -> TokenView.of(t, null)).toList();
  }

  @POST
  public Response issue(@NotNull(message = "must be a JSON object with name and roles") @Valid NewToken body) {
    TokenService.Issued issued = tokens.issue(caller.organisationId(), body.name(), body.parsedRoles(), body.expiresAt());
    return Response.created(uri.getAbsolutePathBuilder().path(issued.token().id().toString()).build())
        .entity(TokenView.of(issued.token(), issued.secret()))
        .build();
  }

  @DELETE
  @Path("/{id}")
  public Response revoke(@PathParam("id") UUID id) {
    tokens.revoke(caller.organisationId(), id);
    return Response.noContent().build();
  }
}
