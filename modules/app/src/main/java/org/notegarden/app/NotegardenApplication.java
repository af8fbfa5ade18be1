package org.notegarden.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/**
 * The REST API, versioned in its path. Resources and providers live in the modules and are
 * discovered from their JARs; this class only fixes where the API is mounted.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Notegarden API", version = "1",
        description = "Notes, people and the storefront. Errors are application/problem+json (RFC 9457).",
        license = @License(name = "Apache-2.0")))
public class NotegardenApplication extends Application {
}
