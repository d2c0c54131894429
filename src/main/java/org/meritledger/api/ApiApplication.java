package org.meritledger.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API's root. Every class of the WAR annotated {@code @Path} or {@code @Provider} takes
 * part (no explicit class list), which is how the device endpoint of another package joins.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Merit Ledger API",
                        version = "1",
                        description = "Training records and the tamper-evident ledger. Errors are RFC 9457 problem"
                                + " details (application/problem+json); see docs/api.md for every problem type."))
@SecurityScheme(
        securitySchemeName = ApiApplication.BEARER,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "A personal API token, created on the portal's \"My API tokens\" page")
public class ApiApplication extends Application {

    /** The name of the security scheme operations refer to. */
    public static final String BEARER = "personalToken";
}
