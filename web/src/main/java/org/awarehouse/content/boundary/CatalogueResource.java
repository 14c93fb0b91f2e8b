package org.awarehouse.content.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.awarehouse.content.control.CatalogueService;
import org.awarehouse.platform.control.Role;

/** The global catalogue of built-in modules, readable with any API token. */
@Path("/api/catalogue")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.AUTHOR_NAME, Role.REPORTER_NAME, Role.OPERATOR_NAME})
public class CatalogueResource {

  @Inject CatalogueService catalogue;

  /** The listing of GET /api/catalogue. */
  public record Listing(List<CatalogueModuleView> modules) {}

  @GET
  public Listing list() {
    return new Listing(catalogue.installed().stream().map(CatalogueModuleView::of).toList());
  }
}
