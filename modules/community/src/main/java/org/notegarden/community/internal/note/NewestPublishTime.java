package org.notegarden.community.internal.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * When the newest public note was published: the first entry of the newest-first index. Read in a
 * container transaction of its own, as every background read here is. The first version read it
 * every 2 s through an entity manager of the timer's own, outside any transaction, and with it H2
 * lost the last acknowledged commits before a {@code kill -9} (CrashDurabilityIT: two comments
 * lost in two runs out of two; with the timer off, none).
 */
@ApplicationScoped
public class NewestPublishTime {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    @Transactional
    public Instant read() {
        Object newest = em.createNativeQuery("SELECT MAX(published_at) FROM cm_note WHERE state = 'PUBLISHED'").getSingleResult();
        if (newest instanceof Instant i) {
            return i;
        }
        if (newest instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (newest instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return null;
    }
}
