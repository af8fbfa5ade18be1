package org.notegarden.platform.api;

import java.util.Objects;

/** One invalid input: the field's name as the client sent it (e.g. {@code title}) and why. */
public record FieldError(String field, Message text) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
    }

    public FieldError(String field, MessageKey key, Object... args) {
        this(field, Message.of(key, args));
    }

    /** Why, in English. */
    public String message() {
        return text.english();
    }
}
