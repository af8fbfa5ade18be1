package org.notegarden.platform.api;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Walks a cause chain, for failures that arrive wrapped (by containers, by Hibernate, by a mail
 * or search client). One walk for every module, stopping where a cause names itself.
 */
public final class Causes {
    private Causes() {
    }

    /** The first throwable in the chain, {@code t} included, that passes the test. */
    public static Optional<Throwable> first(Throwable t, Predicate<Throwable> test) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (test.test(c)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The first throwable of this type in the chain, or null. */
    public static <T extends Throwable> T find(Throwable t, Class<T> type) {
        return first(t, type::isInstance).map(type::cast).orElse(null);
    }

    /** True when a database refused a write for a unique or foreign key (SQLSTATE class 23). */
    public static boolean isIntegrityViolation(Throwable t) {
        return first(t, c -> c instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23"))
                .isPresent();
    }
}
