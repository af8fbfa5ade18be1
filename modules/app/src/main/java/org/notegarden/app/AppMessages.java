package org.notegarden.app;

import org.notegarden.platform.api.MessageKey;

/**
 * The app's own server messages.
 * The English text and its translations are in {@code org/notegarden/app/problems*.properties}.
 */
public enum AppMessages implements MessageKey {
    API_DOCUMENT_UNAVAILABLE_TITLE,
    METRICS_UNAVAILABLE_TITLE,
    SERVERS_API_DOCUMENT_DID_NOT_ANSWER,
    SERVERS_METRICS_SERVICE_DID_NOT_ANSWER;

    @Override
    public String bundle() {
        return "org.notegarden.app.problems";
    }
}
