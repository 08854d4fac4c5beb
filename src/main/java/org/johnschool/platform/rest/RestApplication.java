package org.johnschool.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API court systems and tools call; served at /api/v1, described at /openapi. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info = @Info(title = "John School Manager API", version = "1",
        description = "Referral intake and case status for courts, programs and evaluators. "
            + "Errors share one shape: {status, message, errors:[{field, message}]}."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {}
