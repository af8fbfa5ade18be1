package org.notegarden.platform.internal;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.notegarden.platform.api.Causes;
import org.notegarden.platform.api.Message;
import org.notegarden.platform.api.PlatformMessages;
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
        ProblemException problem = Causes.find(e, ProblemException.class);
        if (problem != null) {
            return responses.of(problem); // e.g. a query parameter that is not a number (QueryParamValues)
        }
        int status = e.getResponse().getStatus();
        if (status == 400 || Causes.find(e, JsonbException.class) != null) {
            return responses.of(Problems.malformed(PlatformMessages.REQUEST_BODY_IS_NOT_VALID_JSON_OF_EXPECTED));
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
        Message title = switch (status) {
            case 404 -> Message.of(PlatformMessages.NOT_FOUND_TITLE);
            case 405 -> Message.of(PlatformMessages.METHOD_NOT_ALLOWED_TITLE);
            case 406 -> Message.of(PlatformMessages.NOT_ACCEPTABLE_TITLE);
            case 415 -> Message.of(PlatformMessages.UNSUPPORTED_MEDIA_TYPE_TITLE);
            default -> Message.of(PlatformMessages.ERROR_TITLE);
        };
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        Message detail = status == 404 || status == 405 || status == 406 || status == 415 || reason == null
                ? title : Message.verbatim(reason);
        return responses.of(new ProblemException(status, Problems.BASE + slug, title, detail, List.of(), null));
    }
}
