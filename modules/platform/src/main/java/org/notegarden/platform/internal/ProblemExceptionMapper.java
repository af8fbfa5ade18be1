package org.notegarden.platform.internal;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.notegarden.platform.api.ProblemException;

/** Expected failures thrown by our own code. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
    @Override
    public Response toResponse(ProblemException e) {
        return ProblemResponses.of(e);
    }
}
