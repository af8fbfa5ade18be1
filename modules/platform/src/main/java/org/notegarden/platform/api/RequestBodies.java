package org.notegarden.platform.api;

/** Guards shared by every module's resources that read a JSON body. */
public final class RequestBodies {
    private RequestBodies() {
    }

    /** A missing body is the client's mistake, not a null pointer. */
    public static <T> T required(T body) {
        if (body == null) {
            throw Problems.malformed("A JSON request body is required.");
        }
        return body;
    }
}
