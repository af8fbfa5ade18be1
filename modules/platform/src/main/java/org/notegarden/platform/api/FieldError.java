package org.notegarden.platform.api;

import java.util.Objects;

/** One invalid input: the field's name as the client sent it (e.g. {@code title}) and why. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
