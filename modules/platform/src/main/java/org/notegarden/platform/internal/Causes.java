package org.notegarden.platform.internal;

import java.sql.SQLException;

/** Walks a cause chain, for failures that arrive wrapped by containers. */
final class Causes {
    private Causes() {
    }

    static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    /** True when a database refused a write for a unique or foreign key (SQLSTATE class 23). */
    static boolean isIntegrityViolation(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
