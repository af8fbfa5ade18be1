package org.notegarden.platform.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.notegarden.platform.api.PlatformMessages;

/**
 * A position in a list ordered newest first by (time, id). Opaque to clients: they get it from
 * one page and hand it back for the next. Keyset paging keeps pages stable while new items
 * arrive, which an offset would not.
 */
public record Cursor(Instant at, long id) {

    public String encode() {
        String raw = at.toEpochMilli() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    /** Parses a cursor from a client; anything malformed is a 422 naming {@code cursor}. */
    public static Cursor decode(String text) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
            int colon = raw.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException();
            }
            return new Cursor(Instant.ofEpochMilli(Long.parseLong(raw.substring(0, colon))),
                    Long.parseLong(raw.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("cursor", PlatformMessages.IS_NOT_CURSOR_SERVER_ISSUED);
        }
    }

    /** A cursor from an optional query parameter: null (first page) when absent or blank. */
    public static Cursor fromParam(String text) {
        return text == null || text.isBlank() ? null : decode(text);
    }
}
