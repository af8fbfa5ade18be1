package org.notegarden.community.internal.relation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.notegarden.platform.api.Cursor;

/** The follow and follow-request rows; {@link FollowService} decides when they change. */
@ApplicationScoped
public class FollowRepository {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    public boolean follows(long followerId, long followeeId) {
        return RelationTable.FOLLOW.exists(em, followerId, followeeId);
    }

    void addFollow(long followerId, long followeeId, Instant at) {
        RelationTable.FOLLOW.add(em, followerId, followeeId, at);
    }

    void removeFollow(long followerId, long followeeId) {
        RelationTable.FOLLOW.remove(em, followerId, followeeId);
    }

    /** Ends follows in both directions (a block). */
    void removeFollowsBetween(long oneId, long otherId) {
        RelationTable.FOLLOW.removeBetween(em, oneId, otherId);
        RelationTable.FOLLOW_REQUEST.removeBetween(em, oneId, otherId);
    }

    public boolean requested(long requesterId, long targetId) {
        return RelationTable.FOLLOW_REQUEST.exists(em, requesterId, targetId);
    }

    void addRequest(long requesterId, long targetId, Instant at) {
        RelationTable.FOLLOW_REQUEST.add(em, requesterId, targetId, at);
    }

    /** Whether there was such a request to remove. */
    boolean removeRequest(long requesterId, long targetId) {
        return RelationTable.FOLLOW_REQUEST.remove(em, requesterId, targetId);
    }

    List<Long> requesters(long targetId) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("SELECT requester_id FROM cm_follow_request WHERE target_id = ?1")
                .setParameter(1, targetId).getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    /** Which of {@code accountIds} the follower follows (one query for a whole page of notes). */
    public Set<Long> followedAmong(long followerId, Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("SELECT followee_id FROM cm_follow WHERE follower_id = ?1 AND followee_id IN (?2)")
                .setParameter(1, followerId).setParameter(2, Set.copyOf(accountIds)).getResultList();
        return rows.stream().map(Number::longValue).collect(Collectors.toSet());
    }

    public long followerCount(long accountId) {
        return count("SELECT COUNT(*) FROM cm_follow WHERE followee_id = ?1", accountId);
    }

    public long followingCount(long accountId) {
        return count("SELECT COUNT(*) FROM cm_follow WHERE follower_id = ?1", accountId);
    }

    List<Cursor> requestsTo(long targetId, Cursor after, int limit) {
        return RelationTable.FOLLOW_REQUEST.pageTo(em, targetId, after, limit);
    }

    List<Cursor> followersOf(long accountId, Cursor after, int limit) {
        return RelationTable.FOLLOW.pageTo(em, accountId, after, limit);
    }

    List<Cursor> followedBy(long accountId, Cursor after, int limit) {
        return RelationTable.FOLLOW.pageFrom(em, accountId, after, limit);
    }

    private long count(String sql, long id) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
    }
}
