package org.awarehouse.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The management and reporting API. LTI, xAPI and content delivery live beside it, not under it. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info = @Info(title = "Awarehouse API", version = "1",
        description = "Organisations, API tokens and the module catalogue. Errors are RFC 9457 application/problem+json."),
    security = @SecurityRequirement(name = "apiToken"))
@SecurityScheme(securitySchemeName = "apiToken", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class RestApplication extends Application {}
