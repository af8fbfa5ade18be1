package org.notegarden.community.internal.discovery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.community.internal.account.Account;
import org.notegarden.community.internal.account.AccountRepository;
import org.notegarden.community.internal.account.People;
import org.notegarden.community.internal.feed.FeedQueries;
import org.notegarden.community.internal.note.NoteService;
import org.notegarden.community.internal.search.NoteSearch;
import org.notegarden.compliance.api.Consents;
import org.notegarden.compliance.api.IpLocation;
import org.notegarden.platform.api.Problems;

/**
 * The home feed: which mode applies to whom, the non-personalised lists, and "not interested".
 * Personalisation needs the person's consent and is never used for minors; without either, and
 * for signed-out readers, the feed is made without any personal data.
 */
@ApplicationScoped
public class DiscoveryService {
    DiscoveryRows rows;
    Clock clock;
    Consents consents;
    People accounts;
    IpLocation ipLocation;
    InterestReader interests;
    Recommender recommender;
    NoteService notes;
    FeedQueries feeds;
    NoteSearch search;
    PopularNotes popular;

    AccountRepository accountRepository;

    @Inject
    public DiscoveryService(DiscoveryRows rows, Clock clock, Consents consents, People accounts, IpLocation ipLocation,
            InterestReader interests, Recommender recommender, NoteService notes, FeedQueries feeds, NoteSearch search, AccountRepository accountRepository,
            PopularNotes popular) {
        this.popular = popular;
        this.accountRepository = accountRepository;
        this.rows = rows;
        this.clock = clock;
        this.consents = consents;
        this.accounts = accounts;
        this.ipLocation = ipLocation;
        this.interests = interests;
        this.recommender = recommender;
        this.notes = notes;
        this.feeds = feeds;
        this.search = search;
    }

    /** For the CDI container's proxy only. */
    protected DiscoveryService() {
    }

    /** The mode in force, and whether "for you" could be chosen at all (consent given, not a minor). */
    public record Mode(FeedMode mode, boolean personalisationAllowed, boolean chosen) {
    }

    public Mode modeFor(Long viewerId) {
        if (viewerId == null) {
            return new Mode(FeedMode.POPULAR_NEARBY, false, false);
        }
        Optional<Account> a = accountRepository.byId(viewerId);
        boolean allowed = a.filter(x -> !accounts.isMinor(x)).isPresent()
                && consents.granted(viewerId, Consents.Purpose.PERSONALISATION);
        FeedMode chosen = a.map(Account::getFeedMode).map(FeedMode::valueOf).orElse(null);
        FeedMode mode = chosen != null ? chosen : allowed ? FeedMode.FOR_YOU : FeedMode.POPULAR_NEARBY;
        if (mode.personalised() && !allowed) {
            mode = FeedMode.POPULAR_NEARBY; // consent withdrawn (or a minor): the choice waits until it may apply
        }
        return new Mode(mode, allowed, chosen != null);
    }

    @Transactional
    public Mode choose(long viewerId, String requested) {
        FeedMode mode;
        try {
            mode = FeedMode.valueOf(requested == null ? "" : requested.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("mode", CommunityMessages.MUST_BE_FOR_YOU_LATEST_OR_POPULAR_NEARBY);
        }
        Account a = accountRepository.byId(viewerId).orElseThrow(Problems::unauthenticated);
        if (mode.personalised() && accounts.isMinor(a)) {
            throw Problems.invalid("mode", CommunityMessages.PERSONALISED_RECOMMENDATIONS_ARE_NOT_OFFERED_TO_ACCOUNTS_OF);
        }
        if (mode.personalised() && !consents.granted(viewerId, Consents.Purpose.PERSONALISATION)) {
            throw Problems.invalid("mode",
                    CommunityMessages.PERSONALISED_RECOMMENDATIONS_NEED_YOUR_CONSENT_TURN_ON_PERSONALISATION);
        }
        a.chooseFeedMode(mode.name());
        return modeFor(viewerId);
    }

    /** One page of the feed in the given mode, ranked with its reasons. */
    public List<Recommender.Ranked> page(Long viewerId, FeedMode mode, int offset, int limit) {
        List<Recommender.Ranked> all = switch (mode) {
            case FOR_YOU -> recommender.rank(viewerId, interests.of(viewerId));
            case LATEST -> latest(offset + limit + 1);
            case POPULAR_NEARBY -> popularNear(ipLocation.ofCurrentRequest().country(), offset + limit + 1);
        };
        if (viewerId != null && mode != FeedMode.FOR_YOU) {
            var dismissed = interests.dismissed(viewerId);
            all = all.stream().filter(r -> !dismissed.contains(r.noteId())).toList();
        }
        List<Recommender.Ranked> page = all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit + 1));
        if (mode == FeedMode.POPULAR_NEARBY) { // the ranking is remembered for a while; the notes are checked now
            var still = feeds.stillRecommendable(page.stream().map(Recommender.Ranked::noteId).toList());
            page = page.stream().filter(r -> still.contains(r.noteId())).toList();
        }
        return page;
    }

    /** One page of a topic channel (the same for everyone: channels are not personalised), minus what the reader dismissed. */
    public List<Recommender.Ranked> channel(Long viewerId, Channel channel, int offset, int limit) {
        var dismissed = viewerId == null ? java.util.Set.<Long>of() : interests.dismissed(viewerId);
        Reason reason = new Reason("CHANNEL", channel.name().toLowerCase(Locale.ROOT), 0);
        return search.channel(channel.anyWord(), offset, limit + 1).stream().filter(id -> !dismissed.contains(id))
                .map(id -> new Recommender.Ranked(id, 0, List.of(reason))).toList();
    }

    @Transactional
    public void notInterested(long viewerId, long noteId) {
        notes.requireVisible(noteId, viewerId);
        rows.dismiss(viewerId, noteId, clock.instant());
    }

    @Transactional
    public void undoNotInterested(long viewerId, long noteId) {
        rows.undismiss(viewerId, noteId);
    }

    private List<Recommender.Ranked> latest(int limit) {
        return feeds.latest(null, limit - 1).stream() // the feed returns one more than asked
                .map(c -> new Recommender.Ranked(c.id(), 0, List.of(new Reason("LATEST", null, 0)))).toList();
    }

    /** Most engaging notes of the last two weeks, those written from the reader's country first. */
    private List<Recommender.Ranked> popularNear(String country, int limit) {
        String c = country == null ? "--" : country;
        return popular.near(c, limit).stream()
                .map(p -> new Recommender.Ranked(p.noteId(), 0,
                        List.of(p.nearby() ? new Reason("POPULAR_NEARBY", c, 0) : new Reason("POPULAR", null, 0))))
                .toList();
    }
}
