package org.notegarden.platform.internal;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.notegarden.platform.api.ProblemException;

/** Expected failures thrown by our own code. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
    @Inject
    ProblemResponses responses;

    @Override
    public Response toResponse(ProblemException e) {
        return responses.of(e);
    }
}
