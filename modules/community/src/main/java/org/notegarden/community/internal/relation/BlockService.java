package org.notegarden.community.internal.relation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.platform.api.Cursor;
import org.notegarden.platform.api.Problems;

/**
 * Blocking. Whoever is blocked cannot see the blocker's profile or notes (they look missing),
 * follow them, comment on their notes or mention them; a block ends follows and follow requests
 * in both directions. The blocker does not see the blocked person's notes in lists either.
 * Nobody is told that they were blocked.
 */
@ApplicationScoped
public class BlockService {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    Clock clock;

    @Inject
    public BlockService(Clock clock) {
        this.clock = clock;
    }

    /** For the CDI container's proxy only. */
    protected BlockService() {
    }

    @Transactional
    public void block(long blockerId, long blockedId) {
        if (blockerId == blockedId) {
            throw Problems.invalid("handle", CommunityMessages.YOU_CANNOT_BLOCK_YOURSELF);
        }
        if (!blocks(blockerId, blockedId)) {
            em.createNativeQuery("INSERT INTO cm_block (blocker_id, blocked_id, created_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, blockerId).setParameter(2, blockedId).setParameter(3, clock.instant()).executeUpdate();
        }
        em.createNativeQuery("DELETE FROM cm_follow WHERE (follower_id = ?1 AND followee_id = ?2) OR (follower_id = ?2 AND followee_id = ?1)")
                .setParameter(1, blockerId).setParameter(2, blockedId).executeUpdate();
        em.createNativeQuery("DELETE FROM cm_follow_request WHERE (requester_id = ?1 AND target_id = ?2) OR (requester_id = ?2 AND target_id = ?1)")
                .setParameter(1, blockerId).setParameter(2, blockedId).executeUpdate();
    }

    @Transactional
    public void unblock(long blockerId, long blockedId) {
        em.createNativeQuery("DELETE FROM cm_block WHERE blocker_id = ?1 AND blocked_id = ?2")
                .setParameter(1, blockerId).setParameter(2, blockedId).executeUpdate();
    }

    public boolean blocks(long blockerId, long blockedId) {
        return !em.createNativeQuery("SELECT 1 FROM cm_block WHERE blocker_id = ?1 AND blocked_id = ?2")
                .setParameter(1, blockerId).setParameter(2, blockedId).getResultList().isEmpty();
    }

    /** Whether either of the two has blocked the other. */
    public boolean between(Long viewerId, long otherId) {
        return viewerId != null && viewerId != otherId && (blocks(otherId, viewerId) || blocks(viewerId, otherId));
    }

    /** Of {@code accountIds}, those with a block between them and the viewer (one query for a page). */
    public Set<Long> blockedBetween(Long viewerId, Collection<Long> accountIds) {
        if (viewerId == null || accountIds.isEmpty()) {
            return Set.of();
        }
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

    /** The people the blocker has blocked, most recent first. */
    public List<Cursor> blockedBy(long blockerId, Cursor after, int limit) {
        return RelationPages.page(em, "cm_block", "blocked_id", "blocker_id", blockerId, after, limit);
    }
}
