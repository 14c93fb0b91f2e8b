package org.awarehouse.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * One JAX-RS application for the whole server; resources carry their full paths: /api (the
 * management API, every call with an API token) and /lti (platforms and browsers). One
 * application, because MicroProfile OpenAPI documents every resource under a single application
 * path, and because the errors of both follow one model.
 */
@ApplicationPath("/")
@OpenAPIDefinition(
    info = @Info(title = "Awarehouse API", version = "1",
        description = "Organisations, API tokens, LTI platforms and the module catalogue. "
            + "Errors are RFC 9457 application/problem+json."),
    security = @SecurityRequirement(name = "apiToken"))
@SecurityScheme(securitySchemeName = "apiToken", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class RestApplication extends Application {}
