package org.notegarden.platform.internal;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import org.notegarden.platform.api.FieldError;
import org.notegarden.platform.api.ProblemException;
import org.notegarden.platform.api.Problems;

/**
 * Bean Validation failures on request bodies and parameters become 422 problems naming each
 * field by the name the client used (the last node of the property path, e.g. {@code title}
 * rather than {@code create.arg0.title}).
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
    @Inject
    ProblemResponses responses;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        return responses.of(problemOf(e));
    }

    static ProblemException problemOf(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return Problems.invalid(errors);
    }

    static String fieldName(ConstraintViolation<?> v) {
        String name = null;
        for (Path.Node node : v.getPropertyPath()) {
            switch (node.getKind()) {
                case PROPERTY, PARAMETER -> name = node.getName();
                default -> { }
            }
        }
        if (name == null || name.startsWith("arg")) {
            return "body";
        }
        return name;
    }
}
