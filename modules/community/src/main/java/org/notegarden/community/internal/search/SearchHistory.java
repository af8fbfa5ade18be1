package org.notegarden.community.internal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.notegarden.i18n.api.ChineseText;

/**
 * What people searched for: each person's own history (newest first, the last 90 days, until
 * they clear it) and, through {@link SearchTrends}, the hot-searches list and suggestions, which
 * only count searches and keep nobody's name. Anonymous searches are counted, not logged: there
 * is no history to show them in.
 */
@ApplicationScoped
public class SearchHistory {
    /** How long a person's searches stay in their history (as long as the "for you" feed remembers interests). */
    static final Duration KEPT = Duration.ofDays(90);
    /** A full stop, question mark or quote typed before or after a term does not make another term. */
    private static final Pattern EDGE_MARKS = Pattern.compile("^[\\s.,!?;:。，！？；：、…\"'“”‘’]+|[\\s.,!?;:。，！？；：、…\"'“”‘’]+$");

    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    Clock clock;
    SearchLogBuffer buffer;
    SearchTrends trends;

    @Inject
    public SearchHistory(Clock clock, SearchLogBuffer buffer, SearchTrends trends) {
        this.clock = clock;
        this.buffer = buffer;
        this.trends = trends;
    }

    /** For the CDI container's proxy only. */
    protected SearchHistory() {
    }

    public record HotTerm(String term, long searchers) {
    }

    /** The term folded for counting: Simplified, lower case, single spaces, no full stop or question mark around it. */
    static String key(String term) {
        return shown(ChineseText.toSimplified(term).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    /** The term as a list shows it: as typed, without the marks around it. */
    static String shown(String term) {
        return EDGE_MARKS.matcher(term).replaceAll("");
    }

    /** Off the request path: the search waits in {@link SearchLogBuffer} and is written within two seconds. */
    public void record(Long accountId, String term) {
        String t = term.strip();
        String key = key(t);
        if (!key.isEmpty()) {
            buffer.add(new SearchLogBuffer.Pending(accountId, t, key, clock.instant()));
        }
    }

    /** Counts waiting searches and adds the signed-in ones to their people's histories, all in one transaction. */
    @Transactional
    public void write(List<SearchLogBuffer.Pending> waiting) {
        trends.count(waiting); // first: it asks the log who was counted before
        for (SearchLogBuffer.Pending p : waiting) {
            if (p.accountId() != null) {
                em.persist(new SearchLogEntry(p.accountId(), p.term(), p.termKey(), p.at()));
            }
        }
    }

    /** The person's distinct recent searches, newest first, those not written yet included. */
    public List<String> of(long accountId, int limit) {
        List<SearchLogEntry> rows = em.createQuery("select e from SearchLogEntry e where e.accountId = :a order by e.createdAt desc, e.id desc",
                        SearchLogEntry.class).setParameter("a", accountId).setMaxResults(limit * 5).getResultList();
        List<SearchLogBuffer.Pending> waiting = buffer.of(accountId);
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (int i = waiting.size() - 1; i >= 0; i--) {
            if (seen.add(waiting.get(i).termKey()) && out.size() < limit) {
                out.add(waiting.get(i).term());
            }
        }
        for (SearchLogEntry e : rows) {
            if (seen.add(e.getTermKey()) && out.size() < limit) {
                out.add(e.getTerm());
            }
        }
        return out;
    }

    /** Clears the person's history: the rows go (they were counted already); waiting searches are counted anonymously. */
    @Transactional
    public int clear(long accountId) {
        buffer.forget(accountId, true);
        return em.createQuery("delete from SearchLogEntry e where e.accountId = :a").setParameter("a", accountId).executeUpdate();
    }

    /** How often the person searched each term (by key) in the searches not written yet. */
    public java.util.Map<String, Integer> waitingCounts(long accountId) {
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        buffer.of(accountId).forEach(p -> out.merge(p.termKey(), 1, Integer::sum));
        return out;
    }

    /** An erased person's waiting searches go before they are written (the written ones are deleted by erasure). */
    public void forgetWaiting(long accountId) {
        buffer.forget(accountId, false);
    }

    /** Terms at least two people searched in the last day, most searchers first, screened ({@link SearchTrends}). */
    public List<HotTerm> hot(int limit) {
        return trends.hot(limit);
    }

    /** Popular terms of the last 30 days starting with the typed prefix (screened like the hot list). */
    public List<String> completing(String prefix, int limit) {
        return trends.completing(prefix, limit);
    }

    /** Deletes history older than {@link #KEPT} and counts no list reads any more; returns how many rows went. */
    @Transactional
    public int forgetOld() {
        Instant now = clock.instant();
        int history = em.createQuery("delete from SearchLogEntry e where e.createdAt < :before")
                .setParameter("before", now.minus(KEPT)).executeUpdate();
        return history + trends.forgetBefore(now);
    }
}
