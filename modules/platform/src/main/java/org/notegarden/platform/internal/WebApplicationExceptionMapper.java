package org.notegarden.platform.internal;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.notegarden.platform.api.ProblemException;
import org.notegarden.platform.api.Problems;

/**
 * Failures raised by the JAX-RS runtime itself (no such path, wrong method, wrong media type,
 * unreadable body) keep their status but get a problem body instead of the server's HTML page.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Inject
    ProblemResponses responses;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 400 || Causes.find(e, JsonbException.class) != null) {
            return responses.of(Problems.malformed("The request body is not valid JSON of the expected shape."));
        }
        if (status < 400) {
            return e.getResponse();
        }
        String slug = switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media";
            default -> "http-" + status;
        };
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        return responses.of(new ProblemException(status, Problems.BASE + slug,
                title == null ? "Error" : title, title, List.of(), null));
    }
}
