package org.awarehouse.xapi.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.awarehouse.xapi.control.DocumentStore;

/**
 * The four methods every document resource has; each subclass names its path, kind, parameters
 * and id parameter. JAX-RS inherits the method annotations, but RESTEasy finds the methods only
 * when this class is public.
 */
public abstract class DocumentResource {
  @Inject DocumentRequests documents;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  private final DocumentStore.Kind kind;
  private final List<String> parameters;
  private final String idParameter;
  private final boolean deleteWithoutId;

  DocumentResource(DocumentStore.Kind kind, List<String> parameters, String idParameter, boolean deleteWithoutId) {
    this.kind = kind;
    this.parameters = parameters;
    this.idParameter = idParameter;
    this.deleteWithoutId = deleteWithoutId;
  }

  @GET
  public Response get() {
    return documents.get(target(), idParameter);
  }

  @PUT
  public Response put(InputStream body) {
    return documents.put(target(), idParameter, headers, body);
  }

  @POST
  public Response post(InputStream body) {
    return documents.post(target(), idParameter, headers, body);
  }

  @DELETE
  public Response delete() {
    return documents.delete(target(), idParameter, headers, deleteWithoutId);
  }

  private DocumentRequests.Target target() {
    return documents.target(kind, uri, parameters, idParameter);
  }
}
