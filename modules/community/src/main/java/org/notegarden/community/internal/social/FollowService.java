package org.notegarden.community.internal.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.notegarden.community.internal.notification.Notification;
import org.notegarden.community.internal.notification.Notifier;
import org.notegarden.platform.api.Cursor;
import org.notegarden.platform.api.Problems;
import org.notegarden.community.internal.web.SqlTimes;

/** Who follows whom. Following is idempotent and nobody follows themselves. */
@ApplicationScoped
public class FollowService {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Notifier notifier;
    @Inject
    org.notegarden.community.internal.insights.Insights insights;

    @Transactional
    public void follow(long followerId, long followeeId) {
        if (followerId == followeeId) {
            throw Problems.invalid("handle", "you cannot follow yourself");
        }
        if (follows(followerId, followeeId)) {
            return;
        }
        em.createNativeQuery("INSERT INTO cm_follow (follower_id, followee_id, created_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, followerId).setParameter(2, followeeId).setParameter(3, clock.instant()).executeUpdate();
        notifier.notify(followeeId, Notification.Kind.FOLLOW, followerId, null, null);
        insights.followGained(followeeId);
    }

    @Transactional
    public void unfollow(long followerId, long followeeId) {
        em.createNativeQuery("DELETE FROM cm_follow WHERE follower_id = ?1 AND followee_id = ?2")
                .setParameter(1, followerId).setParameter(2, followeeId).executeUpdate();
    }

    public boolean follows(long followerId, long followeeId) {
        return !em.createNativeQuery("SELECT 1 FROM cm_follow WHERE follower_id = ?1 AND followee_id = ?2")
                .setParameter(1, followerId).setParameter(2, followeeId).getResultList().isEmpty();
    }

    /** Which of {@code accountIds} the follower follows (one query for a whole page of notes). */
    public Set<Long> followedAmong(long followerId, java.util.Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("SELECT followee_id FROM cm_follow WHERE follower_id = ?1 AND followee_id IN (?2)")
                .setParameter(1, followerId).setParameter(2, Set.copyOf(accountIds)).getResultList();
        return rows.stream().map(Number::longValue).collect(java.util.stream.Collectors.toSet());
    }

    public long followerCount(long accountId) {
        return count("SELECT COUNT(*) FROM cm_follow WHERE followee_id = ?1", accountId);
    }

    public long followingCount(long accountId) {
        return count("SELECT COUNT(*) FROM cm_follow WHERE follower_id = ?1", accountId);
    }

    /** Followers (or followees), newest relationship first; the cursor is (time, account id). */
    public List<Cursor> followers(long accountId, Cursor after, int limit) {
        return page("follower_id", "followee_id", accountId, after, limit);
    }

    public List<Cursor> following(long accountId, Cursor after, int limit) {
        return page("followee_id", "follower_id", accountId, after, limit);
    }

    private List<Cursor> page(String select, String where, long accountId, Cursor after, int limit) {
        String sql = "SELECT " + select + ", created_at FROM cm_follow WHERE " + where + " = ?1"
                + (after == null ? "" : " AND (created_at < ?2 OR (created_at = ?2 AND " + select + " < ?3))")
                + " ORDER BY created_at DESC, " + select + " DESC";
        var q = em.createNativeQuery(sql).setParameter(1, accountId);
        if (after != null) {
            q.setParameter(2, after.at()).setParameter(3, after.id());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.setMaxResults(limit + 1).getResultList();
        return rows.stream().map(r -> new Cursor(SqlTimes.instant(r[1]), ((Number) r[0]).longValue())).toList();
    }

    private long count(String sql, long id) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
    }
}
