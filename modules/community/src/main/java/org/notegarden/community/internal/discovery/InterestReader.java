package org.notegarden.community.internal.discovery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.notegarden.community.internal.search.SearchHistory;

/** Reads a reader's {@link Interests} from community's own tables (a handful of grouped queries). */
@ApplicationScoped
public class InterestReader {
    static final Duration MEMORY = Duration.ofDays(90);
    private static final int TOP = 10;

    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    Clock clock;
    SearchHistory searches;

    @Inject
    public InterestReader(Clock clock, SearchHistory searches) {
        this.clock = clock;
        this.searches = searches;
    }

    /** For the CDI container's proxy only. */
    protected InterestReader() {
    }

    Interests of(long accountId) {
        Instant since = clock.instant().minus(MEMORY);
        return new Interests(
                searched(accountId, since),
                counts("SELECT t.topic, COUNT(*) FROM cm_collect c JOIN cm_note_topic t ON t.note_id = c.note_id "
                        + "WHERE c.account_id = :a AND c.created_at > :since GROUP BY t.topic ORDER BY COUNT(*) DESC, t.topic",
                        accountId, since, TOP),
                counts("SELECT t.topic, COUNT(*) FROM cm_note_like l JOIN cm_note_topic t ON t.note_id = l.note_id "
                        + "WHERE l.account_id = :a AND l.created_at > :since GROUP BY t.topic ORDER BY COUNT(*) DESC, t.topic",
                        accountId, since, TOP),
                counts("SELECT t.topic, COUNT(DISTINCT c.note_id) FROM cm_comment c JOIN cm_note_topic t ON t.note_id = c.note_id "
                        + "WHERE c.author_id = :a AND c.deleted = FALSE AND c.created_at > :since GROUP BY t.topic "
                        + "ORDER BY COUNT(DISTINCT c.note_id) DESC, t.topic", accountId, since, TOP),
                followed(accountId),
                ids("SELECT note_id FROM cm_not_interested WHERE account_id = :a", accountId),
                counts("SELECT t.topic, COUNT(*) FROM cm_not_interested x JOIN cm_note_topic t ON t.note_id = x.note_id "
                        + "WHERE x.account_id = :a AND x.created_at > :since GROUP BY t.topic ORDER BY COUNT(*) DESC, t.topic",
                        accountId, since, TOP * 3),
                ids("SELECT n.author_id FROM cm_not_interested x JOIN cm_note n ON n.id = x.note_id WHERE x.account_id = :a", accountId));
    }

    /** The three terms searched most, counting the searches not written to the log yet (a search shows at once). */
    private Map<String, Integer> searched(long accountId, Instant since) {
        Map<String, Integer> all = new HashMap<>(counts("SELECT term_key, COUNT(*) FROM cm_search_log WHERE account_id = :a "
                + "AND created_at > :since GROUP BY term_key ORDER BY COUNT(*) DESC, term_key", accountId, since, TOP));
        searches.waitingCounts(accountId).forEach((term, n) -> all.merge(term, n, Integer::sum));
        Map<String, Integer> top = new LinkedHashMap<>();
        all.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3).forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    /** The notes the reader marked "not interested" (left out of every mode). */
    Set<Long> dismissed(long accountId) {
        return ids("SELECT note_id FROM cm_not_interested WHERE account_id = :a", accountId);
    }

    private Map<String, Integer> counts(String sql, long accountId, Instant since, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("a", accountId).setParameter("since", since)
                .setMaxResults(limit).getResultList();
        Map<String, Integer> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put((String) r[0], ((Number) r[1]).intValue()));
        return out;
    }

    private Map<Long, String> followed(long accountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.id, a.handle FROM cm_follow f JOIN cm_account a ON a.id = f.followee_id "
                + "WHERE f.follower_id = :a").setParameter("a", accountId).setMaxResults(500).getResultList();
        Map<Long, String> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(((Number) r[0]).longValue(), (String) r[1]));
        return out;
    }

    private Set<Long> ids(String sql, long accountId) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery(sql).setParameter("a", accountId).setMaxResults(1000).getResultList();
        Set<Long> out = new HashSet<>();
        rows.forEach(n -> out.add(n.longValue()));
        return out;
    }
}
