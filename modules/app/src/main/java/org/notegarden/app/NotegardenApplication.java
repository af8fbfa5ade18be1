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
     * gathered before it is sent. An answer that fits goes out whole with its Content-Length; a
     * larger one is streamed in chunks. Jersey's default, 8 KB, is less than a page of twenty cards
     * (17–21 KB), so every feed and search page was sent chunked, in three or more socket writes as
     * Jackson's and Grizzly's 8 KB buffers filled: 8 % of a repeated search's CPU (async-profiler,
     * 2026-12-06). 64 KB holds every page the API gives; the buffer is the answer's own size and
     * is gone when it is sent.
     */
    static final int WHOLE_ANSWER_UP_TO_BYTES = 64 * 1024;

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
