package org.notegarden.platform.api;

import java.util.List;
import java.util.Objects;

/**
 * A failure the client caused or must know about, rendered as an RFC 9457
 * {@code application/problem+json} body. Thrown by services and resources alike; the platform
 * maps it, so no module writes error responses by hand. Build instances through {@link Problems}.
 */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;
    private final Integer retryAfterSeconds;

    public ProblemException(int status, String type, String title, String detail,
                            List<FieldError> errors, Integer retryAfterSeconds) {
        super(detail, null, false, false); // no stack trace: this is an expected outcome
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("not an error status: " + status);
        }
        this.status = status;
        this.type = Objects.requireNonNull(type, "type");
        this.title = Objects.requireNonNull(title, "title");
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() { return status; }

    /** Stable, documented problem type URI; clients switch on it, never on the title. */
    public String type() { return type; }

    public String title() { return title; }

    public String detail() { return getMessage(); }

    public List<FieldError> errors() { return errors; }

    public Integer retryAfterSeconds() { return retryAfterSeconds; }
}
