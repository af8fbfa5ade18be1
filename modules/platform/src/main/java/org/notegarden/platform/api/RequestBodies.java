package org.notegarden.platform.api;

import org.notegarden.platform.api.PlatformMessages;

/** Guards shared by every module's resources that read a JSON body. */
public final class RequestBodies {
    private RequestBodies() {
    }

    /** A missing body is the client's mistake, not a null pointer. */
    public static <T> T required(T body) {
        if (body == null) {
            throw Problems.malformed(PlatformMessages.JSON_REQUEST_BODY_IS_REQUIRED);
        }
        return body;
    }
}
