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
    private final Message title;
    private final Message detail;
    private final List<FieldError> errors;
    private final Integer retryAfterSeconds;

    public ProblemException(int status, String type, Message title, Message detail,
                            List<FieldError> errors, Integer retryAfterSeconds) {
        super(detail == null ? null : detail.english(), null, false, false); // no stack trace: an expected outcome
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("not an error status: " + status);
        }
        this.status = status;
        this.type = Objects.requireNonNull(type, "type");
        this.title = Objects.requireNonNull(title, "title");
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() { return status; }

    /** Stable, documented problem type URI; clients switch on it, never on the title. */
    public String type() { return type; }

    /** The title in English; {@link #titleText()} is what the reader's language is worded from. */
    public String title() { return title.english(); }

    /** The detail in English; {@link #detailText()} is what the reader's language is worded from. */
    public String detail() { return getMessage(); }

    public Message titleText() { return title; }

    public Message detailText() { return detail; }

    public List<FieldError> errors() { return errors; }

    public Integer retryAfterSeconds() { return retryAfterSeconds; }
}
