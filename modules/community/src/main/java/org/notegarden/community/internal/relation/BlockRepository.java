package org.notegarden.community.internal.relation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.notegarden.platform.api.Cursor;

/** The block rows; {@link BlockService} holds what a block means. */
@ApplicationScoped
public class BlockRepository {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    boolean blocks(long blockerId, long blockedId) {
        return RelationTable.BLOCK.exists(em, blockerId, blockedId);
    }

    void add(long blockerId, long blockedId, Instant at) {
        RelationTable.BLOCK.add(em, blockerId, blockedId, at);
    }

    void remove(long blockerId, long blockedId) {
        RelationTable.BLOCK.remove(em, blockerId, blockedId);
    }

    /** Of {@code accountIds}, those with a block in either direction between them and the viewer. */
    Set<Long> blockedBetween(long viewerId, Collection<Long> accountIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT blocker_id, blocked_id FROM cm_block "
                        + "WHERE (blocked_id = ?1 AND blocker_id IN (?2)) OR (blocker_id = ?1 AND blocked_id IN (?2))")
                .setParameter(1, viewerId).setParameter(2, Set.copyOf(accountIds)).getResultList();
        Set<Long> out = new HashSet<>();
        for (Object[] r : rows) {
            long blocker = ((Number) r[0]).longValue();
            out.add(blocker == viewerId ? ((Number) r[1]).longValue() : blocker);
        }
        return out;
    }

    List<Cursor> blockedBy(long blockerId, Cursor after, int limit) {
        return RelationTable.BLOCK.pageFrom(em, blockerId, after, limit);
    }
}
