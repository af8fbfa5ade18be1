package org.notegarden.community.internal.relation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.community.internal.account.ProfilePrivacyChanged;
import org.notegarden.community.internal.notification.Notification;
import org.notegarden.community.internal.notification.Notifier;
import org.notegarden.community.internal.tally.Insights;
import org.notegarden.platform.api.Cursor;
import org.notegarden.platform.api.Problems;

/**
 * Who follows whom. Following is idempotent and nobody follows themselves. Following a private
 * profile is a request its owner approves or declines; nobody follows across a block.
 */
@ApplicationScoped
public class FollowService {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    Clock clock;
    Notifier notifier;
    Insights insights;

    @Inject
    public FollowService(Clock clock, Notifier notifier, Insights insights) {
        this.clock = clock;
        this.notifier = notifier;
        this.insights = insights;
    }

    /** For the CDI container's proxy only. */
    protected FollowService() {
    }

    /** What a follow did: the viewer now follows, or asked to (a private profile), or was already there. */
    public enum Outcome { FOLLOWING, REQUESTED }

    @Transactional
    public Outcome follow(long followerId, long followeeId, boolean followeePrivate) {
        if (followerId == followeeId) {
            throw Problems.invalid("handle", CommunityMessages.YOU_CANNOT_FOLLOW_YOURSELF);
        }
        if (follows(followerId, followeeId)) {
            return Outcome.FOLLOWING;
        }
        if (followeePrivate) {
            if (!requested(followerId, followeeId)) {
                em.createNativeQuery("INSERT INTO cm_follow_request (requester_id, target_id, created_at) VALUES (?1, ?2, ?3)")
                        .setParameter(1, followerId).setParameter(2, followeeId).setParameter(3, clock.instant()).executeUpdate();
                notifier.notify(followeeId, Notification.Kind.FOLLOW_REQUEST, followerId, null, null);
            }
            return Outcome.REQUESTED;
        }
        insertFollow(followerId, followeeId);
        notifier.notify(followeeId, Notification.Kind.FOLLOW, followerId, null, null);
        return Outcome.FOLLOWING;
    }

    /** The owner of a private profile lets a requester follow; 404 when there is no such request. */
    @Transactional
    public void approve(long targetId, long requesterId) {
        if (em.createNativeQuery("DELETE FROM cm_follow_request WHERE requester_id = ?1 AND target_id = ?2")
                .setParameter(1, requesterId).setParameter(2, targetId).executeUpdate() == 0) {
            throw Problems.notFound("handle", CommunityMessages.FOLLOW_REQUEST_DOES_NOT_EXIST);
        }
        if (!follows(requesterId, targetId)) {
            insertFollow(requesterId, targetId);
        }
        notifier.notify(requesterId, Notification.Kind.FOLLOW_ACCEPTED, targetId, null, null);
    }

    /** The owner turns a request down; the requester is not told. */
    @Transactional
    public void decline(long targetId, long requesterId) {
        if (em.createNativeQuery("DELETE FROM cm_follow_request WHERE requester_id = ?1 AND target_id = ?2")
                .setParameter(1, requesterId).setParameter(2, targetId).executeUpdate() == 0) {
            throw Problems.notFound("handle", CommunityMessages.FOLLOW_REQUEST_DOES_NOT_EXIST);
        }
    }

    /** A profile that turned public lets everyone who asked follow it. */
    @Transactional(Transactional.TxType.MANDATORY)
    /** A profile that turns public needs no approval: everyone who asked now follows. */
    void profileTurnedPublic(@Observes ProfilePrivacyChanged change) {
        if (!change.nowPrivate()) {
            approveAll(change.accountId());
        }
    }

    public void approveAll(long targetId) {
        @SuppressWarnings("unchecked")
        List<Number> requesters = em.createNativeQuery("SELECT requester_id FROM cm_follow_request WHERE target_id = ?1")
                .setParameter(1, targetId).getResultList();
        for (Number r : requesters) {
            approve(targetId, r.longValue());
        }
    }

    public boolean requested(long requesterId, long targetId) {
        return !em.createNativeQuery("SELECT 1 FROM cm_follow_request WHERE requester_id = ?1 AND target_id = ?2")
                .setParameter(1, requesterId).setParameter(2, targetId).getResultList().isEmpty();
    }

    /** Who asked to follow this account, newest first. */
    public List<Cursor> requests(long targetId, Cursor after, int limit) {
        return RelationPages.page(em, "cm_follow_request", "requester_id", "target_id", targetId, after, limit);
    }

    private void insertFollow(long followerId, long followeeId) {
        em.createNativeQuery("INSERT INTO cm_follow (follower_id, followee_id, created_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, followerId).setParameter(2, followeeId).setParameter(3, clock.instant()).executeUpdate();
        insights.followGained(followeeId);
    }

    /** Stops following, or withdraws a request that was not answered yet. */
    @Transactional
    public void unfollow(long followerId, long followeeId) {
        em.createNativeQuery("DELETE FROM cm_follow WHERE follower_id = ?1 AND followee_id = ?2")
                .setParameter(1, followerId).setParameter(2, followeeId).executeUpdate();
        em.createNativeQuery("DELETE FROM cm_follow_request WHERE requester_id = ?1 AND target_id = ?2")
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
        return RelationPages.page(em, "cm_follow", "follower_id", "followee_id", accountId, after, limit);
    }

    public List<Cursor> following(long accountId, Cursor after, int limit) {
        return RelationPages.page(em, "cm_follow", "followee_id", "follower_id", accountId, after, limit);
    }

    private long count(String sql, long id) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
    }
}
