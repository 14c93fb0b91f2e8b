package org.awarehouse.content.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awarehouse.content.control.PackageUploads;
import org.awarehouse.content.control.Packages;
import org.awarehouse.content.entity.PackageVersion;
import org.awarehouse.platform.control.Caller;
import org.awarehouse.platform.control.InvalidInputException;
import org.awarehouse.platform.control.Role;
import org.awarehouse.runtime.control.Previews;

/**
 * Content packages of the caller's organisation. Authors upload a zip (the raw body, or the part
 * {@code file} of a multipart form), get a draft version, and publish it; LTI links follow the
 * latest published version.
 */
@Path("/api/packages")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.AUTHOR_NAME, Role.ADMIN_NAME})
public class PackagesResource {

  @Inject PackageUploads uploads;
  @Inject Packages packages;
  @Inject Caller caller;
  @Inject Previews previews;
  @Context UriInfo uri;

  @GET
  @RolesAllowed({Role.AUTHOR_NAME, Role.ADMIN_NAME, Role.REPORTER_NAME})
  public List<PackageView> list() {
    return packages.list(caller.organisationId()).stream().map(PackageView::of).toList();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Role.AUTHOR_NAME, Role.ADMIN_NAME, Role.REPORTER_NAME})
  public PackageView get(@PathParam("id") UUID id) {
    return PackageView.of(packages.get(caller.organisationId(), id));
  }

  @POST
  @Consumes({"application/zip", "application/x-zip-compressed", "application/octet-stream"})
  public Response upload(InputStream zip) {
    return created(uploads.upload(caller.organisationId(), null, zip));
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response uploadForm(List<EntityPart> parts) {
    return created(uploads.upload(caller.organisationId(), null, filePart(parts)));
  }

  @POST
  @Path("/{id}/versions")
  @Consumes({"application/zip", "application/x-zip-compressed", "application/octet-stream"})
  public Response newVersion(@PathParam("id") UUID id, InputStream zip) {
    return created(uploads.upload(caller.organisationId(), id, zip));
  }

  @POST
  @Path("/{id}/versions")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response newVersionForm(@PathParam("id") UUID id, List<EntityPart> parts) {
    return created(uploads.upload(caller.organisationId(), id, filePart(parts)));
  }

  @GET
  @Path("/{id}/versions/{number}")
  @RolesAllowed({Role.AUTHOR_NAME, Role.ADMIN_NAME, Role.REPORTER_NAME})
  public VersionView version(@PathParam("id") UUID id, @PathParam("number") int number) {
    return VersionView.of(packages.version(caller.organisationId(), id, number));
  }

  @POST
  @Path("/{id}/versions/{number}/publish")
  public VersionView publish(@PathParam("id") UUID id, @PathParam("number") int number) {
    return VersionView.of(packages.publish(caller.organisationId(), id, number));
  }

  @POST
  @Path("/{id}/versions/{number}/retire")
  public VersionView retire(@PathParam("id") UUID id, @PathParam("number") int number) {
    return VersionView.of(packages.retire(caller.organisationId(), id, number));
  }

  /**
   * The body of PATCH on a version: the catalogue description authors may change after upload.
   * Absent fields stay as they are.
   */
  public record DescriptionChange(
      Map<String, String> titles, Map<String, String> descriptions, List<String> languages,
      @Min(value = 1, message = "must be at least 1 minute") @Max(value = 240, message = "must be at most 240 minutes")
          Integer durationMinutes,
      List<String> audience, List<String> regulations) {

    PackageVersion.Description over(PackageVersion.Description d) {
      return new PackageVersion.Description(titles != null ? titles : d.titles(),
          descriptions != null ? descriptions : d.descriptions(), languages != null ? languages : d.languages(),
          durationMinutes != null ? durationMinutes : d.durationMinutes(), audience != null ? audience : d.audience(),
          regulations != null ? regulations : d.regulations());
    }
  }

  @PATCH
  @Path("/{id}/versions/{number}")
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  public VersionView describe(@PathParam("id") UUID id, @PathParam("number") int number,
      @NotNull(message = "must be a JSON object with the fields to change") @Valid DescriptionChange change) {
    PackageVersion version = packages.version(caller.organisationId(), id, number);
    return VersionView.of(packages.describe(caller.organisationId(), id, number, change.over(version.description())));
  }

  /** The body of a preview answer: a link that opens the player on this version for 30 minutes. */
  public record PreviewLink(String url) {}

  @POST
  @Path("/{id}/versions/{number}/preview")
  public PreviewLink preview(@PathParam("id") UUID id, @PathParam("number") int number) {
    return new PreviewLink(previews.link(caller.organisationId(), caller.tokenId(), id, number));
  }

  @DELETE
  @Path("/{id}/versions/{number}")
  public Response deleteDraft(@PathParam("id") UUID id, @PathParam("number") int number) {
    packages.deleteDraft(caller.organisationId(), id, number);
    return Response.noContent().build();
  }

  private Response created(PackageVersion version) {
    return Response.created(uri.getBaseUriBuilder().path("api/packages").path(version.packageId().toString())
            .path("versions").path(Integer.toString(version.number())).build())
        .entity(VersionView.of(version)).build();
  }

  private static InputStream filePart(List<EntityPart> parts) {
    return parts.stream().filter(p -> "file".equals(p.getName())).findFirst()
        .map(EntityPart::getContent)
        .orElseThrow(() -> new InvalidInputException("file", "the form needs a part named file that holds the zip"));
  }
}
