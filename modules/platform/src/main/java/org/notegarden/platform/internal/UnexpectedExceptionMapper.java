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
            return responses.of(Problems.malformed("The request body is not valid JSON of the expected shape."));
        }
        if (Causes.isIntegrityViolation(e)) {
            return responses.of(Problems.conflict("body",
                    "This conflicts with a concurrent change; reload and try again."));
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, e);
        return responses.of(new ProblemException(500, Problems.BASE + "internal", "Internal error",
                "Something went wrong on our side. Incident " + incident + ".", List.of(), null));
    }
}
