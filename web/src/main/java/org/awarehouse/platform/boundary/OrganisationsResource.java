package org.awarehouse.platform.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.awarehouse.platform.control.LearnerProfiles;
import org.awarehouse.platform.control.OrganisationService;
import org.awarehouse.platform.control.TokenService;
import org.awarehouse.platform.control.Role;
import org.awarehouse.platform.entity.Organisation;

/**
 * Organisations. The operator manages all of them; everyone else sees only their own, through
 * {@code GET /api/organisations/current}.
 */
@Path("/api/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

  @Inject OrganisationService organisations;
  @Inject TokenService tokens;
  @Inject LearnerProfiles learners;
  @Inject Caller caller;
  @Context UriInfo uri;

  @GET
  @Path("/current")
  @RolesAllowed({Role.ADMIN_NAME, Role.AUTHOR_NAME, Role.REPORTER_NAME, Role.OPERATOR_NAME})
  public OrganisationView current() {
    return view(organisations.get(caller.organisationId()));
  }

  /**
   * Changes the organisation's settings. Learners stay pseudonymous unless the admin turns
   * {@code keepLearnerNames} on; turning it off erases the names already kept.
   */
  @PATCH
  @Path("/current")
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @RolesAllowed(Role.ADMIN_NAME)
  public OrganisationView change(@NotNull(message = "must be a JSON object with keepLearnerNames") @Valid OrganisationSettings body) {
    return view(organisations.keepLearnerNames(caller.organisationId(), body.keepLearnerNames()));
  }

  @GET
  @RolesAllowed(Role.OPERATOR_NAME)
  public List<OrganisationView> list() {
    return organisations.list().stream().map(this::view).toList();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed(Role.OPERATOR_NAME)
  public OrganisationView get(@PathParam("id") UUID id) {
    return view(organisations.get(id));
  }

  @POST
  @RolesAllowed(Role.OPERATOR_NAME)
  public Response create(@NotNull(message = "must be a JSON object with slug and name") @Valid NewOrganisation body) {
    OrganisationView created = view(organisations.create(body.slug(), body.name()));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
  }

  /** Issues a token inside any organisation, typically its first admin token. */
  @POST
  @Path("/{id}/tokens")
  @RolesAllowed(Role.OPERATOR_NAME)
  public Response issueToken(
      @PathParam("id") UUID id, @NotNull(message = "must be a JSON object with name and roles") @Valid NewToken body) {
    TokenService.Issued issued = tokens.issue(id, body.name(), body.parsedRoles(), body.expiresAt());
    return Response.status(Response.Status.CREATED).entity(TokenView.of(issued.token(), issued.secret())).build();
  }

  private OrganisationView view(Organisation organisation) {
    return OrganisationView.of(organisation, learners.count(organisation.id()));
  }
}
