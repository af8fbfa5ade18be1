package org.notegarden.platform.api;

import java.util.List;

/**
 * The catalogue of problem types the API returns. Types are stable; titles and details are
 * messages with keys, worded in the reader's language when the response is written.
 */
public final class Problems {
    public static final String BASE = "https://notegarden.dev/problems/";

    private Problems() {
    }

    public static ProblemException invalid(String field, MessageKey key, Object... args) {
        return invalid(field, Message.of(key, args));
    }

    public static ProblemException invalid(String field, Message message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /** Every invalid field at once; the detail names the first. */
    public static ProblemException invalid(List<FieldError> errors) {
        Message detail = errors.isEmpty() ? title(PlatformMessages.INVALID_INPUT_TITLE)
                : Message.of(PlatformMessages.FIELD_PROBLEM, errors.get(0).field(), errors.get(0).text());
        return new ProblemException(422, BASE + "validation", title(PlatformMessages.INVALID_INPUT_TITLE), detail, errors, null);
    }

    public static ProblemException malformed(MessageKey key, Object... args) {
        Message detail = Message.of(key, args);
        return new ProblemException(400, BASE + "malformed-request", title(PlatformMessages.MALFORMED_REQUEST_TITLE), detail,
                List.of(new FieldError("body", detail)), null);
    }

    /** {@code key} is the whole sentence, e.g. "order {0} does not exist". */
    public static ProblemException notFound(String field, MessageKey key, Object... args) {
        Message detail = Message.of(key, args);
        return new ProblemException(404, BASE + "not-found", title(PlatformMessages.NOT_FOUND_TITLE), detail,
                List.of(new FieldError(field, detail)), null);
    }

    public static ProblemException unauthenticated() {
        return new ProblemException(401, BASE + "unauthenticated", title(PlatformMessages.LOG_IN_REQUIRED_TITLE),
                Message.of(PlatformMessages.NEEDS_LOGGED_IN_USER), List.of(), null);
    }

    public static ProblemException forbidden(MessageKey key, Object... args) {
        return forbidden(Message.of(key, args));
    }

    public static ProblemException forbidden(Message detail) {
        return new ProblemException(403, BASE + "forbidden", title(PlatformMessages.NOT_ALLOWED_TITLE), detail, List.of(), null);
    }

    public static ProblemException conflict(String field, MessageKey key, Object... args) {
        return conflict(field, Message.of(key, args));
    }

    public static ProblemException conflict(String field, Message detail) {
        return new ProblemException(409, BASE + "conflict", title(PlatformMessages.CONFLICT_TITLE), detail,
                List.of(new FieldError(field, detail)), null);
    }

    public static ProblemException tooManyRequests(Message detail, int retryAfterSeconds) {
        return new ProblemException(429, BASE + "too-many-requests", title(PlatformMessages.TOO_MANY_REQUESTS_TITLE), detail,
                List.of(), retryAfterSeconds);
    }

    public static ProblemException unsupportedMedia(String field, MessageKey key, Object... args) {
        Message detail = Message.of(key, args);
        return new ProblemException(415, BASE + "unsupported-media", title(PlatformMessages.UNSUPPORTED_MEDIA_TYPE_TITLE), detail,
                List.of(new FieldError(field, detail)), null);
    }

    public static ProblemException tooLarge(String field, MessageKey key, Object... args) {
        Message detail = Message.of(key, args);
        return new ProblemException(413, BASE + "too-large", title(PlatformMessages.TOO_LARGE_TITLE), detail,
                List.of(new FieldError(field, detail)), null);
    }

    /** A remote translation service failed; nothing half-translated is shown or stored. */
    public static ProblemException translationUnavailable() {
        return new ProblemException(502, BASE + "translation-unavailable", title(PlatformMessages.TRANSLATION_UNAVAILABLE_TITLE),
                Message.of(PlatformMessages.TRANSLATION_SERVICE_DID_NOT_ANSWER_TRY_AGAIN_LATER), List.of(), null);
    }

    /**
     * The search engine (OpenSearch/Elasticsearch) cannot be reached: search answers 503 with a
     * retry hint, while everything that does not need the index goes on working.
     */
    public static ProblemException searchUnavailable() {
        return new ProblemException(503, BASE + "search-unavailable", title(PlatformMessages.SEARCH_UNAVAILABLE_TITLE),
                Message.of(PlatformMessages.SEARCH_IS_UNAVAILABLE_FOR_A_MOMENT_TRY_AGAIN), List.of(), 30);
    }

    /** The media store (an S3 bucket) cannot be reached: uploads and media answer 503 with a retry hint. */
    public static ProblemException mediaUnavailable() {
        return new ProblemException(503, BASE + "media-unavailable", title(PlatformMessages.MEDIA_UNAVAILABLE_TITLE),
                Message.of(PlatformMessages.MEDIA_ARE_UNAVAILABLE_FOR_A_MOMENT_TRY_AGAIN), List.of(), 30);
    }

    private static Message title(PlatformMessages key) {
        return Message.of(key);
    }
}
