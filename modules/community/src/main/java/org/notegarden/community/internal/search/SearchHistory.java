package org.notegarden.community.internal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.notegarden.compliance.api.Screening;
import org.notegarden.i18n.api.ChineseText;

/**
 * What people searched for: each person's own history (newest first, until they clear it) and
 * the hot-searches list, counted over the last day by distinct searchers and screened by the
 * compliance word lists, so nobody can push a slur or an advert onto everyone's search page;
 * only terms that read as words are listed ({@link PublicTerms}).
 */
@ApplicationScoped
public class SearchHistory {
    static final Duration HOT_WINDOW = Duration.ofHours(24);
    static final int HOT_MIN_SEARCHERS = 2;

    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    Clock clock;
    Screening screening;
    SearchLogBuffer buffer;

    @Inject
    public SearchHistory(Clock clock, Screening screening, SearchLogBuffer buffer) {
        this.clock = clock;
        this.screening = screening;
        this.buffer = buffer;
    }

    /** For the CDI container's proxy only. */
    protected SearchHistory() {
    }

    public record HotTerm(String term, long searchers) {
    }

    static String key(String term) {
        return ChineseText.toSimplified(term).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** Off the request path: the search waits in {@link SearchLogBuffer} and is written within two seconds. */
    public void record(Long accountId, String term) {
        String t = term.strip();
        if (!t.isEmpty()) {
            buffer.add(new SearchLogBuffer.Pending(accountId, t, key(t), clock.instant()));
        }
    }

    /** Writes waiting searches, all in one transaction. */
    @Transactional
    public void write(List<SearchLogBuffer.Pending> waiting) {
        for (SearchLogBuffer.Pending p : waiting) {
            em.persist(new SearchLogEntry(p.accountId(), p.term(), p.termKey(), p.at()));
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

    /** Clears the person's history: the rows (and waiting searches) stay only as anonymous counts. */
    @Transactional
    public int clear(long accountId) {
        buffer.forget(accountId, true);
        return em.createQuery("update SearchLogEntry e set e.accountId = null where e.accountId = :a")
                .setParameter("a", accountId).executeUpdate();
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

    /** Terms at least two people searched in the last day, most searchers first, screened. */
    public List<HotTerm> hot(int limit) {
        List<Object[]> rows = em.createQuery("select e.termKey, max(e.term), count(distinct coalesce(e.accountId, -e.id)) "
                        + "from SearchLogEntry e where e.createdAt > :since group by e.termKey "
                        + "having count(distinct coalesce(e.accountId, -e.id)) >= :min order by 3 desc, 1", Object[].class)
                .setParameter("since", clock.instant().minus(HOT_WINDOW)).setParameter("min", (long) HOT_MIN_SEARCHERS)
                .setMaxResults(limit * 3).getResultList();
        List<HotTerm> out = new ArrayList<>();
        for (Object[] r : rows) {
            String term = (String) r[1];
            if (out.size() < limit && PublicTerms.readable(term) && screening.fitForPublicList(term)) {
                out.add(new HotTerm(term, ((Number) r[2]).longValue()));
            }
        }
        return out;
    }

    /** Popular terms of the last 30 days starting with the typed prefix (screened like the hot list). */
    public List<String> completing(String prefix, int limit) {
        String p = key(prefix);
        if (p.isEmpty()) {
            return List.of();
        }
        // Only terms several people searched: one person's search is never suggested to others.
        List<Object[]> rows = em.createQuery("select e.termKey, max(e.term), count(distinct coalesce(e.accountId, -e.id)) "
                        + "from SearchLogEntry e where e.termKey like :p and e.createdAt > :since group by e.termKey "
                        + "having count(distinct coalesce(e.accountId, -e.id)) >= :min order by 3 desc, 1", Object[].class)
                .setParameter("p", p.replace("%", "").replace("_", "") + "%").setParameter("min", (long) HOT_MIN_SEARCHERS)
                .setParameter("since", clock.instant().minus(Duration.ofDays(30))).setMaxResults(limit * 3).getResultList();
        List<String> out = new ArrayList<>();
        for (Object[] r : rows) {
            if (out.size() < limit && PublicTerms.readable((String) r[1]) && screening.fitForPublicList((String) r[1])) {
                out.add((String) r[1]);
            }
        }
        return out;
    }
}
