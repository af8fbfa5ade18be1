package org.notegarden.platform.internal;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.notegarden.platform.api.Causes;
import org.notegarden.platform.api.Message;
import org.notegarden.platform.api.PlatformMessages;
import org.notegarden.platform.api.ProblemException;
import org.notegarden.platform.api.Problems;

/**
 * Last line of defence: whatever escaped is logged with an incident id and answered with a
 * problem carrying only that id, never a stack trace. Containers wrap our own problems
 * (EJB, transactions), so the cause chain is searched for them first.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Inject
    ProblemResponses responses;

    @Override
    public Response toResponse(Throwable e) {
        ProblemException problem = Causes.find(e, ProblemException.class);
        if (problem != null) {
            return responses.of(problem);
        }
        if (Causes.find(e, JsonbException.class) != null || e instanceof ProcessingException) {
            return responses.of(Problems.malformed(PlatformMessages.REQUEST_BODY_IS_NOT_VALID_JSON_OF_EXPECTED));
        }
        if (Causes.isIntegrityViolation(e)) {
            return responses.of(Problems.conflict("body",
                    PlatformMessages.CONFLICTS_WITH_CONCURRENT_CHANGE_RELOAD_AND_TRY_AGAIN));
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, e);
        return responses.of(new ProblemException(500, Problems.BASE + "internal",
                Message.of(PlatformMessages.INTERNAL_ERROR_TITLE),
                        Message.of(PlatformMessages.SOMETHING_WENT_WRONG_ON_OUR_SIDE_INCIDENT_N, incident),
                List.of(), null));
    }
}
