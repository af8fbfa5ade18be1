package org.notegarden.community.internal.sql;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.hibernate.Session;

/**
 * Entities by id, for pages that show many at once (people, pictures). A JPQL
 * {@code where e.id in :ids} is translated from JPQL to SQL again on every call: Hibernate does not
 * keep the plan of a query with a list parameter, since the list's length changes the SQL. On the
 * note page that translation was 17 % of the server's CPU (async-profiler). Hibernate's
 * multi-load takes what the persistence context already holds from there and reads the rest
 * with one statement whose SQL is prepared once (an array parameter on H2 and PostgreSQL).
 * Meant for entities without several eager collections: the multi-load joins those into the
 * same statement, one row per combination (note cards are read as rows instead, NoteCardRows).
 */
public final class EntitiesById {
    private EntitiesById() {
    }

    /** Those of {@code ids} that exist, in no particular order; missing ids are left out. */
    public static <T> List<T> load(EntityManager em, Class<T> type, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.unwrap(Session.class).byMultipleIds(type).enableOrderedReturn(false)
                .multiLoad(List.copyOf(new java.util.LinkedHashSet<>(ids))).stream().filter(Objects::nonNull).toList();
    }
}
