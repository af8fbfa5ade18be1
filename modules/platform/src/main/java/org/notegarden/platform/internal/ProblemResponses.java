package org.notegarden.platform.internal;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.notegarden.platform.api.FieldError;
import org.notegarden.platform.api.ProblemException;

/** Renders a problem as an RFC 9457 body. The only place such bodies are written. */
final class ProblemResponses {
    static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private ProblemResponses() {
    }

    static Response of(ProblemException p) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", p.type())
                .add("title", p.title())
                .add("status", p.status());
        if (p.detail() != null) {
            body.add("detail", p.detail());
        }
        if (!p.errors().isEmpty()) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            for (FieldError e : p.errors()) {
                errors.add(Json.createObjectBuilder().add("field", e.field()).add("message", e.message()));
            }
            body.add("errors", errors);
        }
        Response.ResponseBuilder r = Response.status(p.status()).type(PROBLEM_JSON).entity(body.build().toString());
        if (p.retryAfterSeconds() != null) {
            r.header("Retry-After", p.retryAfterSeconds());
        }
        return r.build();
    }
}
