package org.notegarden.community.internal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.notegarden.compliance.api.Screening;

/**
 * Hot searches and suggestions, counted per term and hour ({@link SearchTermHour}) as the
 * searches are written, instead of from a row per search: the log kept every search forever and
 * the hot list counted a day of those rows on every call (173,412 rows: 63-92 ms a call, 26 calls
 * a second). A signed-in person counts once a day per term, so nobody makes a term hot alone by
 * searching it again; an anonymous search counts each time, as before. The hot list is the same
 * for everyone, so each node works it out once every {@link #HOT_KEPT} and hands that out; while
 * one request works it out again the others get the one before. Both lists are screened by the
 * compliance word lists and keep only terms that read as words ({@link PublicTerms}).
 */
@ApplicationScoped
public class SearchTrends {
    static final Duration HOT_WINDOW = Duration.ofHours(24);
    static final Duration SUGGEST_WINDOW = Duration.ofDays(30);
    /** A little past the suggestions' month, so an hour at the edge is never half counted. */
    static final Duration COUNTS_KEPT = SUGGEST_WINDOW.plusDays(1);
    static final Duration HOT_KEPT = Duration.ofSeconds(5);
    static final int HOT_MIN_SEARCHERS = 2;
    static final int HOT_LISTED = 10;
    /** Bound on the ids or keys of one IN list (databases cap their parameters). */
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    Clock clock;
    Screening screening;
    private volatile HotList hot;
    private final AtomicBoolean workingOut = new AtomicBoolean();

    @Inject
    public SearchTrends(Clock clock, Screening screening) {
        this.clock = clock;
        this.screening = screening;
    }

    /** For the CDI container's proxy only. */
    protected SearchTrends() {
    }

    private record HotList(List<SearchHistory.HotTerm> terms, Instant workedOut) {
    }

    private record TermHour(String termKey, Instant hourStart) {
    }

    static Instant hourOf(Instant at) {
        return at.truncatedTo(ChronoUnit.HOURS);
    }

    /**
     * Adds the searches to their terms' hours, in the caller's transaction. Must run before the
     * same searches are added to the log: a signed-in person already in the log for the term
     * within the hot window is not counted again.
     */
    void count(List<SearchLogBuffer.Pending> searches) {
        if (searches.isEmpty()) {
            return;
        }
        Instant earliest = searches.stream().map(SearchLogBuffer.Pending::at).min(Instant::compareTo).orElseThrow();
        Set<String> counted = alreadyCounted(searches, hourOf(earliest).minus(HOT_WINDOW).plus(Duration.ofHours(1)));
        Map<TermHour, Long> added = new LinkedHashMap<>();
        Map<TermHour, String> spelling = new HashMap<>();
        for (SearchLogBuffer.Pending p : searches) {
            if (p.accountId() != null && !counted.add(p.accountId() + " " + p.termKey())) {
                continue;
            }
            TermHour th = new TermHour(p.termKey(), hourOf(p.at()));
            added.merge(th, 1L, Long::sum);
            spelling.putIfAbsent(th, SearchHistory.shown(p.term()));
        }
        Map<Instant, List<TermHour>> byHour = added.keySet().stream().collect(Collectors.groupingBy(TermHour::hourStart));
        for (Map.Entry<Instant, List<TermHour>> hour : byHour.entrySet()) {
            Map<String, SearchTermHour> existing = existing(hour.getKey(), hour.getValue());
            for (TermHour th : hour.getValue()) {
                SearchTermHour row = existing.get(th.termKey());
                if (row == null) {
                    em.persist(new SearchTermHour(th.termKey(), th.hourStart(), spelling.get(th), added.get(th)));
                } else {
                    row.add(added.get(th));
                }
            }
        }
    }

    /** "account termKey" of the signed-in searchers in the batch who searched the same term since {@code since}. */
    private Set<String> alreadyCounted(List<SearchLogBuffer.Pending> searches, Instant since) {
        List<Long> people = searches.stream().map(SearchLogBuffer.Pending::accountId).filter(a -> a != null).distinct().toList();
        Set<String> out = new HashSet<>();
        for (List<Long> chunk : chunks(people)) {
            em.createQuery("select e.accountId, e.termKey from SearchLogEntry e where e.accountId in :a and e.createdAt >= :since",
                            Object[].class).setParameter("a", chunk).setParameter("since", since)
                    .getResultStream().forEach(r -> out.add(r[0] + " " + r[1]));
        }
        return out;
    }

    private Map<String, SearchTermHour> existing(Instant hourStart, List<TermHour> terms) {
        Map<String, SearchTermHour> out = new HashMap<>();
        for (List<String> chunk : chunks(terms.stream().map(TermHour::termKey).toList())) {
            em.createQuery("select s from SearchTermHour s where s.hourStart = :h and s.termKey in :k", SearchTermHour.class)
                    .setParameter("h", hourStart).setParameter("k", chunk).getResultStream().forEach(s -> out.put(s.termKey(), s));
        }
        return out;
    }

    /** Terms at least two people searched in the last day, most searchers first, screened. */
    public List<SearchHistory.HotTerm> hot(int limit) {
        Instant now = clock.instant();
        HotList current = hot;
        boolean stale = current == null || !now.isBefore(current.workedOut().plus(HOT_KEPT));
        // Only the request that takes the flag works the list out; the others hand out the one
        // before, unless there is none yet (the first asks after a start wait for it).
        if (stale && workingOut.compareAndSet(false, true)) {
            try {
                current = new HotList(workOutHot(now), now);
                hot = current;
            } finally {
                workingOut.set(false);
            }
        } else if (current == null) {
            current = new HotList(workOutHot(now), now);
        }
        return current.terms().subList(0, Math.min(limit, current.terms().size()));
    }

    private List<SearchHistory.HotTerm> workOutHot(Instant now) {
        List<Object[]> rows = em.createQuery("select s.termKey, sum(s.searchers) from SearchTermHour s where s.hourStart >= :since "
                        + "group by s.termKey having sum(s.searchers) >= :min order by 2 desc, 1", Object[].class)
                .setParameter("since", hourOf(now).minus(HOT_WINDOW).plus(Duration.ofHours(1)))
                .setParameter("min", (long) HOT_MIN_SEARCHERS).setMaxResults(HOT_LISTED * 3).getResultList();
        Map<String, String> spellings = latestSpellings(rows, hourOf(now).minus(HOT_WINDOW));
        List<SearchHistory.HotTerm> out = new ArrayList<>();
        for (Object[] r : rows) {
            String term = spellings.get((String) r[0]);
            if (out.size() < HOT_LISTED && PublicTerms.readable(term) && screening.fitForPublicList(term)) {
                out.add(new SearchHistory.HotTerm(term, ((Number) r[1]).longValue()));
            }
        }
        return List.copyOf(out);
    }

    /** Popular terms of the last 30 days starting with the typed prefix (screened like the hot list). */
    public List<String> completing(String prefix, int limit) {
        String p = SearchHistory.key(prefix);
        if (p.isEmpty()) {
            return List.of();
        }
        Instant since = hourOf(clock.instant()).minus(SUGGEST_WINDOW);
        // Only terms several people searched: one person's search is never suggested to others.
        List<Object[]> rows = em.createQuery("select s.termKey, sum(s.searchers) from SearchTermHour s "
                        + "where s.termKey like :p and s.hourStart >= :since group by s.termKey "
                        + "having sum(s.searchers) >= :min order by 2 desc, 1", Object[].class)
                .setParameter("p", p.replace("%", "").replace("_", "") + "%").setParameter("min", (long) HOT_MIN_SEARCHERS)
                .setParameter("since", since).setMaxResults(limit * 3).getResultList();
        Map<String, String> spellings = latestSpellings(rows, since);
        List<String> out = new ArrayList<>();
        for (Object[] r : rows) {
            String term = spellings.get((String) r[0]);
            if (out.size() < limit && PublicTerms.readable(term) && screening.fitForPublicList(term)) {
                out.add(term);
            }
        }
        return out;
    }

    /** The spelling each term was last searched with (its latest hour's). */
    private Map<String, String> latestSpellings(List<Object[]> rows, Instant since) {
        Map<String, String> out = new HashMap<>();
        if (rows.isEmpty()) {
            return out;
        }
        em.createQuery("select s.termKey, s.term from SearchTermHour s where s.termKey in :k and s.hourStart >= :since "
                        + "order by s.hourStart", Object[].class)
                .setParameter("k", rows.stream().map(r -> (String) r[0]).toList()).setParameter("since", since)
                .getResultStream().forEach(r -> out.put((String) r[0], (String) r[1]));
        return out;
    }

    /** Deletes the hours no list counts any more; returns how many. */
    int forgetBefore(Instant now) {
        return em.createQuery("delete from SearchTermHour s where s.hourStart < :before")
                .setParameter("before", hourOf(now).minus(COUNTS_KEPT)).executeUpdate();
    }

    private static <T> List<List<T>> chunks(Collection<T> all) {
        List<T> list = List.copyOf(all);
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i += CHUNK) {
            out.add(list.subList(i, Math.min(list.size(), i + CHUNK)));
        }
        return out;
    }
}
