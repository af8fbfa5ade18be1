package org.notegarden.community.internal.media;

import java.io.IOException;

/**
 * The media store cannot be reached (the S3 endpoint refuses or times out, or answers 5xx): an
 * outage, answered 503 with a retry hint, not an incident. Misconfiguration (a missing bucket,
 * refused credentials) stays a plain I/O failure that an operator must see in the log.
 */
public class MediaStoreUnavailable extends IOException {
    public MediaStoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
