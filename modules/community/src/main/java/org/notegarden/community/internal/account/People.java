package org.notegarden.community.internal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.notegarden.community.internal.media.Media;
import org.notegarden.community.internal.media.MediaService;
import org.notegarden.community.internal.media.MediaUrls;
import org.notegarden.community.internal.sql.EntitiesById;
import org.notegarden.compliance.api.RegionPolicies;
import org.notegarden.platform.api.Cursor;
import org.notegarden.platform.api.Page;

/** How people appear in API responses: public summaries and one's own account. */
@ApplicationScoped
public class People {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    MediaService media;
    RegionPolicies regions;

    AccountRepository accountRepository;
    PersonCache cache;

    @Inject
    public People(MediaService media, RegionPolicies regions, AccountRepository accountRepository, PersonCache cache) {
        this.accountRepository = accountRepository;
        this.cache = cache;
        this.media = media;
        this.regions = regions;
    }

    /** For the CDI container's proxy only. */
    protected People() {
    }

    /** A person as shown next to their content. */
    public record Person(long id, String handle, String displayName, String avatarUrl) {
    }

    /** The caller's own account, including what only they may see. */
    public record Me(long id, String handle, String displayName, String bio, String avatarUrl, String email,
                     Set<String> roles, String locale, Instant createdAt, String regionId, boolean minor,
                     Instant suspendedUntil, boolean terminated, boolean privateProfile, boolean profileHeld,
                     boolean emailVerified) {
    }

    public Me me(Account a) {
        return new Me(a.getId(), a.getHandle(), a.getDisplayName(), a.getBio(), avatarUrl(a), a.getEmail(),
                a.getRoles().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)),
                a.getLocale(), a.getCreatedAt(), a.getRegionId(), isMinor(a),
                a.isRestricted(Instant.now()) ? a.getSuspendedUntil() : null, a.isTerminated(), a.isPrivateProfile(),
                        a.isProfileHeld(),
                a.isEmailVerified());
    }

    /** Below the adult age of the region policy the account signed up under. */
    public boolean isMinor(Account a) {
        if (a.getBirthDate() == null) {
            return false;
        }
        int age = java.time.Period.between(a.getBirthDate(), LocalDate.now(ZoneOffset.UTC)).getYears();
        return age < regions.byId(a.getRegionId()).adultAge();
    }

    /** A signed-in person of adult age in their region; false for nobody or an unknown id. */
    public boolean isAdult(Long accountId) {
        if (accountId == null) {
            return false;
        }
        return accountRepository.byId(accountId).filter(a -> !isMinor(a)).isPresent();
    }

    public Person person(Account a) {
        return new Person(a.getId(), a.getHandle(), a.getDisplayName(), avatarUrl(a));
    }

    /** A held profile shows its handle only, to everyone but its owner. */
    public Person personAsShownTo(Account a, boolean isOwner) {
        return isOwner ? person(a) : new Person(a.getId(), a.getHandle(), nameShownToOthers(a), avatarUrl(a));
    }

    /** While screening holds a profile's text, others see its handle in place of its name. */
    private static String nameShownToOthers(Account a) {
        return a.isProfileHeld() ? a.getHandle() : a.getDisplayName();
    }

    /** A page of people from a relation's cursor positions (followers, requests, blocks). */
    public Page<Person> peoplePage(List<Cursor> positions, int limit) {
        boolean more = positions.size() > limit;
        List<Cursor> shown = more ? positions.subList(0, limit) : positions;
        Map<Long, Person> found = people(shown.stream().map(Cursor::id).toList());
        return new Page<>(shown.stream().map(c -> found.get(c.id())).filter(Objects::nonNull).toList(),
                more ? shown.get(shown.size() - 1).encode() : null);
    }

    /**
     * People as others see them, by id: kept a few seconds ({@link PersonCache}), else one query
     * for the accounts and one for their avatars.
     */
    public Map<Long, Person> people(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return cache.get(ids, this::load);
    }

    private Map<Long, Person> load(Collection<Long> ids) {
        List<Account> accounts = EntitiesById.load(em, Account.class, ids);
        Map<Long, Media> avatars = media.byIds(accounts.stream().map(Account::getAvatarMediaId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, Person> out = new HashMap<>();
        for (Account a : accounts) {
            Media m = a.getAvatarMediaId() == null ? null : avatars.get(a.getAvatarMediaId());
            out.put(a.getId(), new Person(a.getId(), a.getHandle(), nameShownToOthers(a), m == null ? null : MediaUrls.grid(m)));
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
