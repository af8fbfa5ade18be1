package org.notegarden.community.internal.search;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import org.notegarden.compliance.api.Screening;

/** Builds the search history as the container would, on the test's entity manager. */
final class SearchTrendsFixture {
    static final Duration HOT_KEPT = SearchTrends.HOT_KEPT;

    private SearchTrendsFixture() {
    }

    static SearchHistory history(Clock clock, EntityManager em, SearchLogBuffer buffer, Screening screening) {
        SearchTrends trends = new SearchTrends(clock, screening);
        trends.em = em;
        SearchHistory history = new SearchHistory(clock, buffer, trends);
        history.em = em;
        return history;
    }

    static int forgetOld(SearchHistory history) {
        return history.forgetOld();
    }
}
