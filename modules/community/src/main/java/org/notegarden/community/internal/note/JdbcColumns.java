package org.notegarden.community.internal.note;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Nullable columns as the rows read them over plain JDBC ({@link NoteCardRows}, {@link NotePageRows}). */
final class JdbcColumns {
    private JdbcColumns() {
    }

    static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** A {@code TIMESTAMP WITH TIME ZONE}, as both H2 and PostgreSQL hand it over. */
    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
