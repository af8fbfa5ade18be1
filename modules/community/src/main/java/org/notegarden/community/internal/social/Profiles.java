package org.notegarden.community.internal.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.notegarden.community.internal.account.Account;
import org.notegarden.community.internal.account.People;
import org.notegarden.community.internal.account.PlaceNames;
import org.notegarden.community.internal.feed.FeedQueries;
import org.notegarden.community.internal.relation.BlockService;
import org.notegarden.community.internal.relation.FollowService;

/** A person's profile page as one viewer sees it: counts, relations and what they may read. */
@ApplicationScoped
public class Profiles {
    People people;
    FollowService follows;
    BlockService blocks;
    FeedQueries feeds;
    PlaceNames places;

    @Inject
    public Profiles(People people, FollowService follows, BlockService blocks, FeedQueries feeds, PlaceNames places) {
        this.people = people;
        this.follows = follows;
        this.blocks = blocks;
        this.feeds = feeds;
        this.places = places;
    }

    /** For the CDI container's proxy only. */
    protected Profiles() {
    }

    /**
     * A profile as the viewer sees it; {@code followRequested} when the viewer asked to follow and
     * waits for approval, {@code blockedByMe} when the viewer blocked this person.
     */
    public record Profile(People.Person person, String bio, long followers, long following, long notes,
                          long likesAndCollects, boolean followedByMe, boolean followsMe, boolean isMe,
                          String ipLocation, boolean privateProfile, boolean notesVisible, boolean followRequested,
                          boolean blockedByMe) {
    }

    public Profile profile(Account a, Long viewerId) {
        boolean isMe = viewerId != null && viewerId.equals(a.getId());
        boolean followed = viewerId != null && !isMe && follows.follows(viewerId, a.getId());
        boolean followsMe = viewerId != null && !isMe && follows.follows(a.getId(), viewerId);
        String bio = a.isProfileHeld() && !isMe ? "" : a.getBio();
        return new Profile(people.personAsShownTo(a, isMe), bio, follows.followerCount(a.getId()),
                follows.followingCount(a.getId()),
                feeds.publishedCount(a.getId()), feeds.likesAndCollects(a.getId()), followed, followsMe, isMe,
                places.name(a.getIpLocation()), a.isPrivateProfile(), notesVisibleTo(a, viewerId),
                viewerId != null && !isMe && follows.requested(viewerId, a.getId()),
                viewerId != null && !isMe && blocks.blocks(viewerId, a.getId()));
    }

    /** A private profile's notes are for its followers (and its owner). */
    public boolean notesVisibleTo(Account a, Long viewerId) {
        if (blocks.between(viewerId, a.getId())) {
            return false;
        }
        if (!a.isPrivateProfile() || (viewerId != null && viewerId.equals(a.getId()))) {
            return true;
        }
        return viewerId != null && follows.follows(viewerId, a.getId());
    }
}
