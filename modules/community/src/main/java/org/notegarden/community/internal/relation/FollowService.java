package org.notegarden.community.internal.relation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
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
    FollowRepository rows;
    Clock clock;
    Notifier notifier;
    Insights insights;

    @Inject
    public FollowService(FollowRepository rows, Clock clock, Notifier notifier, Insights insights) {
        this.rows = rows;
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
        if (rows.follows(followerId, followeeId)) {
            return Outcome.FOLLOWING;
        }
        if (followeePrivate) {
            if (!rows.requested(followerId, followeeId)) {
                rows.addRequest(followerId, followeeId, clock.instant());
                notifier.notify(followeeId, Notification.Kind.FOLLOW_REQUEST, followerId, null, null);
            }
            return Outcome.REQUESTED;
        }
        startFollowing(followerId, followeeId);
        notifier.notify(followeeId, Notification.Kind.FOLLOW, followerId, null, null);
        return Outcome.FOLLOWING;
    }

    /** The owner of a private profile lets a requester follow; 404 when there is no such request. */
    @Transactional
    public void approve(long targetId, long requesterId) {
        if (!rows.removeRequest(requesterId, targetId)) {
            throw Problems.notFound("handle", CommunityMessages.FOLLOW_REQUEST_DOES_NOT_EXIST);
        }
        if (!rows.follows(requesterId, targetId)) {
            startFollowing(requesterId, targetId);
        }
        notifier.notify(requesterId, Notification.Kind.FOLLOW_ACCEPTED, targetId, null, null);
    }

    /** The owner turns a request down; the requester is not told. */
    @Transactional
    public void decline(long targetId, long requesterId) {
        if (!rows.removeRequest(requesterId, targetId)) {
            throw Problems.notFound("handle", CommunityMessages.FOLLOW_REQUEST_DOES_NOT_EXIST);
        }
    }

    /** A profile that turns public needs no approval: everyone who asked now follows. */
    @Transactional(Transactional.TxType.MANDATORY)
    void profileTurnedPublic(@Observes ProfilePrivacyChanged change) {
        if (!change.nowPrivate()) {
            approveAll(change.accountId());
        }
    }

    public void approveAll(long targetId) {
        for (long requester : rows.requesters(targetId)) {
            approve(targetId, requester);
        }
    }

    public boolean requested(long requesterId, long targetId) {
        return rows.requested(requesterId, targetId);
    }

    /** Who asked to follow this account, newest first. */
    public List<Cursor> requests(long targetId, Cursor after, int limit) {
        return rows.requestsTo(targetId, after, limit);
    }

    private void startFollowing(long followerId, long followeeId) {
        rows.addFollow(followerId, followeeId, clock.instant());
        insights.followGained(followeeId);
    }

    /** Stops following, or withdraws a request that was not answered yet. */
    @Transactional
    public void unfollow(long followerId, long followeeId) {
        rows.removeFollow(followerId, followeeId);
        rows.removeRequest(followerId, followeeId);
    }

    public boolean follows(long followerId, long followeeId) {
        return rows.follows(followerId, followeeId);
    }

    /** Which of {@code accountIds} the follower follows (one query for a whole page of notes). */
    public Set<Long> followedAmong(long followerId, Collection<Long> accountIds) {
        return rows.followedAmong(followerId, accountIds);
    }

    public long followerCount(long accountId) {
        return rows.followerCount(accountId);
    }

    public long followingCount(long accountId) {
        return rows.followingCount(accountId);
    }

    /** Followers (or followees), newest relationship first; the cursor is (time, account id). */
    public List<Cursor> followers(long accountId, Cursor after, int limit) {
        return rows.followersOf(accountId, after, limit);
    }

    public List<Cursor> following(long accountId, Cursor after, int limit) {
        return rows.followedBy(accountId, after, limit);
    }
}
