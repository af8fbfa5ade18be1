package org.notegarden.community.internal.search;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.notegarden.compliance.api.Screening;

/** Builds the search history as the container would, on the test's entity manager. */
final class SearchTrendsFixture {
    private SearchTrendsFixture() {
    }

    static SearchHistory history(Clock clock, EntityManager em, SearchLogBuffer buffer, Screening screening) {
        SearchTrends trends = new SearchTrends(clock, screening);
        trends.em = em;
        SearchHistory history = new SearchHistory(clock, buffer, trends);
        history.em = em;
        return history;
    }
}
