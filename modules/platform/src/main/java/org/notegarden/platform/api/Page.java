package org.notegarden.platform.api;

import java.util.List;
import org.notegarden.platform.api.PlatformMessages;

/**
 * One page of a list. {@code nextCursor} is null on the last page (and written as null, so
 * clients need not guess whether a missing key means "no more").
 */
@jakarta.json.bind.annotation.JsonbNillable
public record Page<T>(List<T> items, String nextCursor) {
    public Page {
        items = List.copyOf(items);
    }

    /** Page size limits shared by every list endpoint. */
    public static int clampLimit(Integer requested) {
        if (requested == null) {
            return 20;
        }
        if (requested < 1 || requested > 100) {
            throw Problems.invalid("limit", PlatformMessages.MUST_BE_BETWEEN_1_AND_100);
        }
        return requested;
    }
}
