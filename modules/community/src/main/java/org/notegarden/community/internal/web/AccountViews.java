package org.notegarden.community.internal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.notegarden.community.internal.account.Account;
import org.notegarden.community.internal.feed.FeedService;
import org.notegarden.community.internal.media.Media;
import org.notegarden.community.internal.media.MediaService;
import org.notegarden.community.internal.media.MediaUrls;
import org.notegarden.community.internal.social.FollowService;

/** How people appear in API responses: public summaries, one's own account, and profiles. */
@ApplicationScoped
public class AccountViews {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    @Inject
    MediaService media;
    @Inject
    FollowService follows;
    @Inject
    org.notegarden.community.internal.social.BlockService blocks;
    @Inject
    FeedService feeds;
    @Inject
    PlaceNames places;
    @Inject
    org.notegarden.compliance.api.RegionPolicies regions;

    /** A person as shown next to their content. */
    public record Person(long id, String handle, String displayName, String avatarUrl) {
    }

    /** The caller's own account, including what only they may see. */
    public record Me(long id, String handle, String displayName, String bio, String avatarUrl, String email,
                     Set<String> roles, String locale, Instant createdAt, String regionId, boolean minor,
                     Instant suspendedUntil, boolean terminated, boolean privateProfile, boolean profileHeld,
                     boolean emailVerified) {
    }

    /**
     * A profile as the viewer sees it; {@code followRequested} when the viewer asked to follow and
     * waits for approval, {@code blockedByMe} when the viewer blocked this person.
     */
    public record Profile(Person person, String bio, long followers, long following, long notes,
                          long likesAndCollects, boolean followedByMe, boolean followsMe, boolean isMe,
                          String ipLocation, boolean privateProfile, boolean notesVisible, boolean followRequested,
                          boolean blockedByMe) {
    }

    public Me me(Account a) {
        return new Me(a.getId(), a.getHandle(), a.getDisplayName(), a.getBio(), avatarUrl(a), a.getEmail(),
                a.getRoles().stream().map(Enum::name).collect(Collectors.toCollection(java.util.TreeSet::new)),
                a.getLocale(), a.getCreatedAt(), a.getRegionId(), isMinor(a),
                a.isRestricted(Instant.now()) ? a.getSuspendedUntil() : null, a.isTerminated(), a.isPrivateProfile(), a.isProfileHeld(),
                a.isEmailVerified());
    }

    /** Below the adult age of the region policy the account signed up under. */
    public boolean isMinor(Account a) {
        if (a.getBirthDate() == null) {
            return false;
        }
        int age = java.time.Period.between(a.getBirthDate(), java.time.LocalDate.now(java.time.ZoneOffset.UTC)).getYears();
        return age < regions.byId(a.getRegionId()).adultAge();
    }

    public Person person(Account a) {
        return new Person(a.getId(), a.getHandle(), a.getDisplayName(), avatarUrl(a));
    }

    public Profile profile(Account a, Long viewerId) {
        boolean isMe = viewerId != null && viewerId.equals(a.getId());
        boolean followed = viewerId != null && !isMe && follows.follows(viewerId, a.getId());
        boolean followsMe = viewerId != null && !isMe && follows.follows(a.getId(), viewerId);
        Person person = a.isProfileHeld() && !isMe ? new Person(a.getId(), a.getHandle(), a.getHandle(), avatarUrl(a)) : person(a);
        String bio = a.isProfileHeld() && !isMe ? "" : a.getBio();
        return new Profile(person, bio, follows.followerCount(a.getId()), follows.followingCount(a.getId()),
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

    /** A page of people from a relation's cursor positions (followers, requests, blocks). */
    public org.notegarden.platform.api.Page<Person> peoplePage(java.util.List<org.notegarden.platform.api.Cursor> positions, int limit) {
        boolean more = positions.size() > limit;
        var shown = more ? positions.subList(0, limit) : positions;
        Map<Long, Person> found = people(shown.stream().map(org.notegarden.platform.api.Cursor::id).toList());
        return new org.notegarden.platform.api.Page<>(shown.stream().map(c -> found.get(c.id())).filter(java.util.Objects::nonNull).toList(),
                more ? shown.get(shown.size() - 1).encode() : null);
    }

    /** Batch: one query for the accounts, one for their avatars. */
    public Map<Long, Person> people(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Account> accounts = em.createQuery("select a from Account a where a.id in :ids", Account.class)
                .setParameter("ids", Set.copyOf(ids)).getResultList();
        Map<Long, Media> avatars = media.byIds(accounts.stream().map(Account::getAvatarMediaId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, Person> out = new HashMap<>();
        for (Account a : accounts) {
            Media m = a.getAvatarMediaId() == null ? null : avatars.get(a.getAvatarMediaId());
            out.put(a.getId(), new Person(a.getId(), a.getHandle(), a.getDisplayName(), m == null ? null : MediaUrls.grid(m)));
        }
        return out;
    }

    private String avatarUrl(Account a) {
        if (a.getAvatarMediaId() == null) {
            return null;
        }
        Media m = media.byIds(List.of(a.getAvatarMediaId())).get(a.getAvatarMediaId());
        return m == null ? null : MediaUrls.grid(m);
    }
}
