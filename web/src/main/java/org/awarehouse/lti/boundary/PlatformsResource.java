package org.awarehouse.lti.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.awarehouse.lti.control.DynamicRegistrationService;
import org.awarehouse.lti.control.PlatformService;
import org.awarehouse.lti.control.ToolUrls;
import org.awarehouse.platform.control.Caller;
import org.awarehouse.platform.control.Role;

/** LTI platform registrations of the caller's organisation. */
@Path("/api/platforms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class PlatformsResource {

  @Inject PlatformService platforms;
  @Inject ToolUrls urls;
  @Inject DynamicRegistrationService dynamicRegistration;
  @Inject Caller caller;
  @Context UriInfo uri;

  @GET
  public List<PlatformView> list() {
    return platforms.list(caller.organisationId()).stream().map(p -> PlatformView.of(p, urls)).toList();
  }

  @GET
  @Path("/{id}")
  public PlatformView get(@PathParam("id") UUID id) {
    return PlatformView.of(platforms.get(caller.organisationId(), id), urls);
  }

  @POST
  public Response register(@NotNull(message = "must be a JSON object describing the platform") @Valid PlatformRegistration body) {
    PlatformView created = PlatformView.of(platforms.register(caller.organisationId(), body.endpoints()), urls);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
  }

  @PUT
  @Path("/{id}")
  public PlatformView update(
      @PathParam("id") UUID id, @NotNull(message = "must be a JSON object describing the platform") @Valid PlatformRegistration body) {
    return PlatformView.of(platforms.update(caller.organisationId(), id, body.endpoints()), urls);
  }

  /** The dynamic-registration URL of the caller's organisation. */
  public record RegistrationUrl(String url) {}

  /** Makes a dynamic-registration URL to paste into Moodle or Canvas; it is valid for a week. */
  @POST
  @Path("/registration-url")
  @Consumes(MediaType.WILDCARD) // takes no body
  public RegistrationUrl registrationUrl() {
    return new RegistrationUrl(dynamicRegistration.registrationUrl(caller.organisationId()));
  }

  /** Deactivates: launches from this platform stop; the record stays for reports and audits. */
  @DELETE
  @Path("/{id}")
  public Response deactivate(@PathParam("id") UUID id) {
    platforms.deactivate(caller.organisationId(), id);
    return Response.noContent().build();
  }
}
