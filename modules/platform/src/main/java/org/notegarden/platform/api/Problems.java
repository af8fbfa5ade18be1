package org.notegarden.platform.api;

import java.util.List;

/** The catalogue of problem types the API returns. Types are stable; titles are for people. */
public final class Problems {
    public static final String BASE = "https://notegarden.dev/problems/";

    private Problems() {
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(422, BASE + "validation", "Invalid input",
                field + ": " + message, List.of(new FieldError(field, message)), null);
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.isEmpty() ? "Invalid input" : errors.get(0).field() + ": " + errors.get(0).message();
        return new ProblemException(422, BASE + "validation", "Invalid input", detail, errors, null);
    }

    public static ProblemException malformed(String detail) {
        return new ProblemException(400, BASE + "malformed-request", "Malformed request", detail,
                List.of(new FieldError("body", detail)), null);
    }

    public static ProblemException notFound(String field, String what) {
        return new ProblemException(404, BASE + "not-found", "Not found", what + " does not exist",
                List.of(new FieldError(field, what + " does not exist")), null);
    }

    public static ProblemException unauthenticated() {
        return new ProblemException(401, BASE + "unauthenticated", "Log in required",
                "This needs a logged-in user.", List.of(), null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, BASE + "forbidden", "Not allowed", detail, List.of(), null);
    }

    public static ProblemException conflict(String field, String detail) {
        return new ProblemException(409, BASE + "conflict", "Conflict", detail,
                List.of(new FieldError(field, detail)), null);
    }

    public static ProblemException tooManyRequests(String detail, int retryAfterSeconds) {
        return new ProblemException(429, BASE + "too-many-requests", "Too many requests", detail,
                List.of(), retryAfterSeconds);
    }

    public static ProblemException unsupportedMedia(String field, String detail) {
        return new ProblemException(415, BASE + "unsupported-media", "Unsupported media type", detail,
                List.of(new FieldError(field, detail)), null);
    }

    public static ProblemException tooLarge(String field, String detail) {
        return new ProblemException(413, BASE + "too-large", "Too large", detail,
                List.of(new FieldError(field, detail)), null);
    }

    /** A remote translation service failed; nothing half-translated is shown or stored. */
    public static ProblemException translationUnavailable() {
        return new ProblemException(502, BASE + "translation-unavailable", "Translation unavailable",
                "The translation service did not answer; try again later.", List.of(), null);
    }
}
