package org.notegarden.platform.api;

import org.notegarden.platform.api.MessageKey;

/**
 * The platform's own server messages: problem titles, and what the shared kernel says itself.
 * The English text and its translations are in {@code org/notegarden/platform/problems*.properties}.
 */
public enum PlatformMessages implements MessageKey {
    CONFLICTS_WITH_CONCURRENT_CHANGE_RELOAD_AND_TRY_AGAIN,
    CONFLICT_TITLE,
    ERROR_TITLE,
    FIELD_PROBLEM,
    INTERNAL_ERROR_TITLE,
    INVALID_INPUT_TITLE,
    IS_NOT_CURSOR_SERVER_ISSUED,
    JSON_REQUEST_BODY_IS_REQUIRED,
    LOG_IN_REQUIRED_TITLE,
    MALFORMED_REQUEST_TITLE,
    MEDIA_ARE_UNAVAILABLE_FOR_A_MOMENT_TRY_AGAIN,
    MEDIA_UNAVAILABLE_TITLE,
    METHOD_NOT_ALLOWED_TITLE,
    MUST_BE_BETWEEN_1_AND_100,
    MUST_BE_TRUE_OR_FALSE,
    MUST_BE_WHOLE_NUMBER,
    NEEDS_LOGGED_IN_USER,
    NEEDS_N_ROLE,
    NOT_ACCEPTABLE_TITLE,
    NOT_ALLOWED_TITLE,
    NOT_FOUND_TITLE,
    REQUEST_BODY_IS_NOT_VALID_JSON_OF_EXPECTED,
    SEARCH_IS_UNAVAILABLE_FOR_A_MOMENT_TRY_AGAIN,
    SEARCH_UNAVAILABLE_TITLE,
    SOMETHING_WENT_WRONG_ON_OUR_SIDE_INCIDENT_N,
    TOO_LARGE_TITLE,
    TOO_MANY_REQUESTS_TITLE,
    TRANSLATION_SERVICE_DID_NOT_ANSWER_TRY_AGAIN_LATER,
    TRANSLATION_UNAVAILABLE_TITLE,
    UNSUPPORTED_MEDIA_TYPE_TITLE,
    VERBATIM;

    @Override
    public String bundle() {
        return "org.notegarden.platform.problems";
    }
}
