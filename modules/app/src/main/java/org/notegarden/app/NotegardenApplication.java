package org.notegarden.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
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
    /**
     * Jersey's {@code ServerProperties.OUTBOUND_CONTENT_LENGTH_BUFFER}: how much of an answer is
     * gathered before it is sent, so that an answer that fits goes out whole with its
     * Content-Length. Jersey allocates this buffer whole for every answer, however small. The app's
     * JSON answers do not need it: platform's ResponseJsonWriter makes each answer whole and sends it
     * in one write with its length (a page of twenty cards, 17–21 KB, had been sent chunked, in three
     * or more socket writes, when it did not fit: 8 % of a repeated search's CPU, 2026-12-06). So the
     * buffer is only for the odd answer from another writer, a problem of a few hundred bytes; larger
     * ones go out chunked. It was 64 KB, which made 64 KB of garbage a request: with JFR on a random
     * note's page (H2), most of the server's allocation, and the promoted arrays most of what filled
     * the old generation between full collections (2026-12-07).
     */
    static final int WHOLE_ANSWER_UP_TO_BYTES = 1024;

    /**
     * Besides the buffer: no WADL (the API's description is the OpenAPI document; building the
     * WADL loaded JAXB at every start) and no Bean Validation around resource methods (none carries
     * a constraint; requests are checked in code so a problem names the field, and the validator
     * ran on every call for nothing).
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.contentLength.buffer", WHOLE_ANSWER_UP_TO_BYTES,
                "jersey.config.server.wadl.disableWadl", true,
                "jersey.config.beanValidation.disable.server", true);
    }
}
