package org.notegarden.community.internal.relation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
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
    BlockRepository rows;
    FollowRepository follows;
    Clock clock;

    @Inject
    public BlockService(BlockRepository rows, FollowRepository follows, Clock clock) {
        this.rows = rows;
        this.follows = follows;
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
        if (!rows.blocks(blockerId, blockedId)) {
            rows.add(blockerId, blockedId, clock.instant());
        }
        follows.removeFollowsBetween(blockerId, blockedId);
    }

    @Transactional
    public void unblock(long blockerId, long blockedId) {
        rows.remove(blockerId, blockedId);
    }

    public boolean blocks(long blockerId, long blockedId) {
        return rows.blocks(blockerId, blockedId);
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
        return rows.blockedBetween(viewerId, accountIds);
    }

    /** The people the blocker has blocked, most recent first. */
    public List<Cursor> blockedBy(long blockerId, Cursor after, int limit) {
        return rows.blockedBy(blockerId, after, limit);
    }
}
