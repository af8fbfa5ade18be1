package org.notegarden.community.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.notegarden.compliance.api.Screening;
import org.notegarden.platform.testing.MigratedH2;

/**
 * Hot searches and suggestions on a real database (H2 with the search migrations). The log once
 * kept a row per search forever and the hot list counted a day of those rows on every call
 * (173,412 rows: 63-92 ms a call). Now anonymous searches are only counted, per term and hour;
 * one person counts once a day however often they search; "matcha." is "matcha"; old counts and
 * old history go; and the list is worked out once every few seconds, not per call.
 */
class SearchTrendsTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:15:00Z");
    private MigratedH2 database;
    private final MutableClock clock = new MutableClock(T0);
    private SearchHistory history;
    private EntityManager em;

    @BeforeEach
    void database() throws Exception {
        database = MigratedH2.with(List.of("/db/migration/community/V1__community.sql", "/db/migration/community/V9__generative_media.sql",
                        "/db/migration/community/V11__search.sql", "/db/migration/community/V27__search_term_hours.sql"),
                SearchLogEntry.class, SearchTermHour.class);
        em = database.emf().createEntityManager();
        history = SearchTrendsFixture.history(clock, em, new SearchLogBuffer(), ALL_FIT);
    }

    @AfterEach
    void close() throws Exception {
        em.close();
        database.close();
    }

    @Test
    void anonymousSearchesAreCountedNotKeptOneRowEach() {
        List<SearchLogBuffer.Pending> flood = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            flood.add(search(null, "matcha", T0.plusSeconds(i % 60)));
        }
        write(flood);
        write(List.of(search(null, "matcha", T0.plusSeconds(90))));
        assertEquals(0L, count("SELECT COUNT(*) FROM cm_search_log"), "nobody's history: nothing to keep per search");
        assertEquals(1L, count("SELECT COUNT(*) FROM cm_search_term_hour"), "one row for the term's hour");
        assertEquals(List.of(new SearchHistory.HotTerm("matcha", 1_001)), hot());
    }

    @Test
    void onePersonCountsOnceADayHoweverOftenTheySearch() {
        for (int i = 0; i < 5; i++) {
            write(List.of(search(7L, "hotpot", T0.plus(Duration.ofHours(i)))));
        }
        clock.set(T0.plus(Duration.ofHours(5)));
        assertEquals(List.of(), hot(), "one searcher does not make a hot search, even over five hours");
        assertEquals(List.of(), history.completing("hot", 5), "nor a suggestion");
        write(List.of(search(8L, "Hotpot", T0.plus(Duration.ofHours(5)))));
        clock.set(T0.plus(Duration.ofHours(5)).plusSeconds(10));
        assertEquals(List.of(new SearchHistory.HotTerm("Hotpot", 2)), hot(), "two do");
        assertEquals(List.of("Hotpot"), history.completing("hot", 5));
        assertEquals(List.of("hotpot"), history.of(7L, 20), "and each one's history has the search");
    }

    @Test
    void aTrailingFullStopOrQuestionMarkIsTheSameTerm() {
        write(List.of(search(1L, "matcha.", T0), search(2L, "matcha", T0), search(3L, "Matcha?", T0), search(4L, "抹茶。", T0),
                search(5L, "抹茶", T0), search(6L, "c++", T0), search(7L, "c", T0)));
        List<SearchHistory.HotTerm> hot = hot();
        assertEquals(List.of("matcha", "抹茶"), hot.stream().map(SearchHistory.HotTerm::term).toList(), hot.toString());
        assertEquals(3L, hot.get(0).searchers());
        assertEquals(2L, hot.get(1).searchers());
    }

    @Test
    void theHotListCountsTheLastDayAndSuggestionsTheLastMonth() {
        write(List.of(search(null, "ramen", T0), search(null, "ramen", T0)));
        clock.set(T0.plus(Duration.ofHours(25)));
        assertEquals(List.of(), hot(), "a day later it is no longer hot");
        assertEquals(List.of("ramen"), history.completing("ram", 5), "still suggested");
        clock.set(T0.plus(Duration.ofDays(31)));
        assertEquals(List.of(), history.completing("ram", 5), "a month later not even suggested");
    }

    @Test
    void theListIsWorkedOutOnceEveryFewSecondsNotPerCall() {
        write(List.of(search(1L, "dumplings", T0), search(2L, "dumplings", T0)));
        assertEquals(List.of("dumplings"), hot().stream().map(SearchHistory.HotTerm::term).toList());
        write(List.of(search(1L, "noodles", T0), search(2L, "noodles", T0), search(3L, "noodles", T0)));
        assertEquals(List.of("dumplings"), hot().stream().map(SearchHistory.HotTerm::term).toList(), "kept for a few seconds");
        clock.set(T0.plus(SearchTrends.HOT_KEPT).plusSeconds(1));
        assertEquals(List.of("noodles", "dumplings"), hot().stream().map(SearchHistory.HotTerm::term).toList(), "then worked out again");
    }

    @Test
    void oldCountsAndOldHistoryAreDeleted() {
        write(List.of(search(1L, "tea", T0), search(null, "tea", T0)));
        clock.set(T0.plus(Duration.ofDays(200)));
        write(List.of(search(1L, "coffee", clock.instant())));
        int deleted = inTransaction(history::forgetOld);
        assertEquals(2, deleted, "the old count and the old history row");
        assertEquals(List.of("coffee"), history.of(1L, 20));
        assertEquals(1L, count("SELECT COUNT(*) FROM cm_search_term_hour"));
    }

    private List<SearchHistory.HotTerm> hot() {
        return inTransaction(() -> history.hot(10));
    }

    private void write(List<SearchLogBuffer.Pending> searches) {
        inTransaction(() -> {
            history.write(searches);
            return null;
        });
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private static SearchLogBuffer.Pending search(Long account, String term, Instant at) {
        return new SearchLogBuffer.Pending(account, term, SearchHistory.key(term), at);
    }

    /** What the container's transaction does around each call. */
    private <T> T inTransaction(Supplier<T> call) {
        em.getTransaction().begin();
        try {
            T result = call.get();
            em.getTransaction().commit();
            em.clear();
            return result;
        } catch (RuntimeException e) {
            em.getTransaction().rollback();
            throw e;
        }
    }

    /**
     * Compliance's screening as hot searches use it: every term fit for a public list (the word
     * lists are compliance's to test). Any other method refuses by name, so this test fails
     * if hot searches began to screen or hold text as a write does.
     */
    private static final Screening ALL_FIT = (Screening) java.lang.reflect.Proxy.newProxyInstance(Screening.class.getClassLoader(),
            new Class<?>[] {Screening.class}, (proxy, method, args) -> {
                if (method.getName().equals("fitForPublicList")) {
                    return true;
                }
                throw new UnsupportedOperationException(method.getName() + " is not part of hot searches");
            });

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
