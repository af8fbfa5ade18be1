package org.notegarden.community.internal.sql;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/** Native queries return timestamps as different types on H2 and PostgreSQL; this evens them out. */
public final class SqlTimes {
    private SqlTimes() {
    }

    public static Instant instant(Object value) {
        if (value instanceof Instant i) return i;
        if (value instanceof OffsetDateTime o) return o.toInstant();
        if (value instanceof ZonedDateTime z) return z.toInstant();
        if (value instanceof java.sql.Timestamp t) return t.toInstant();
        throw new IllegalArgumentException("not a timestamp: " + value.getClass());
    }
}
