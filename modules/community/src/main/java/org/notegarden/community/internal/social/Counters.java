package org.notegarden.community.internal.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The only code that changes counters: one atomic UPDATE each, in the same transaction as the
 * row that justifies it. The database's row lock serialises concurrent increments, so counts
 * stay exact however many people like a note at once.
 */
@ApplicationScoped
class Counters {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    void add(String table, String column, long id, int delta) {
        // table and column are compile-time constants of this package, never user input
        em.createNativeQuery("UPDATE " + table + " SET " + column + " = " + column + " + ?1 WHERE id = ?2")
                .setParameter(1, delta).setParameter(2, id).executeUpdate();
    }
}
