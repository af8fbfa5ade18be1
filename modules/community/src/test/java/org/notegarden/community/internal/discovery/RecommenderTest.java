package org.notegarden.community.internal.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scoring rule of the "for you" feed: interests, quality, freshness, "not interested", and the reasons it states. */
class RecommenderTest {
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private static Interests interests(Map<String, Integer> collected, Map<Long, String> followed, Map<String, Integer> dismissedTopics,
                                       Set<Long> dismissedAuthors) {
        return new Interests(Map.of("咖啡", 2), collected, Map.of("latte", 1), Map.of(), followed, Set.of(), dismissedTopics,
                dismissedAuthors);
    }

    private static Recommender.Facts facts(long author, int likes, Duration age) {
        return new Recommender.Facts(author, likes, 0, 0, NOW.minus(age));
    }

    @Test
    void reasonsAreTheStrongestRealOnes() {
        Interests in = interests(Map.of("latte", 3), Map.of(7L, "mia"), Map.of(), Set.of());
        var r = Recommender.score(1, facts(7, 0, Duration.ofDays(2)), Set.of("latte"), "咖啡", in, NOW);
        // collected 3 on #latte (3 + 3) > searched 咖啡 twice (3 + 2) > follows mia (4): the top two are shown
        assertEquals(new Reason("COLLECTED_TOPIC", "latte", 3), r.reasons().get(0), r.toString());
        assertEquals(new Reason("SEARCHED", "咖啡", 2), r.reasons().get(1));
        assertEquals(2, r.reasons().size(), "at most two reasons are shown");
    }

    @Test
    void interestsOutweighPopularityAndDismissalsPushDown() {
        Interests in = interests(Map.of("latte", 3), Map.of(), Map.of("latte", 1), Set.of(9L));
        Interests clean = interests(Map.of("latte", 3), Map.of(), Map.of(), Set.of());
        var liked = Recommender.score(1, facts(8, 0, Duration.ofDays(3)), Set.of("latte"), null, clean, NOW);
        var popular = Recommender.score(2, facts(8, 200, Duration.ofDays(3)), Set.of("travel"), null, clean, NOW);
        assertTrue(liked.score() > popular.score(), liked + " vs " + popular);
        assertEquals("POPULAR", popular.reasons().get(0).kind(), "no personal reason: say so");
        var dismissedLike = Recommender.score(3, facts(9, 0, Duration.ofDays(3)), Set.of("latte"), null, in, NOW);
        assertTrue(dismissedLike.score() < liked.score() - 7, "same topic and author as a dismissed note");
        var fresh = Recommender.score(4, facts(8, 0, Duration.ofMinutes(5)), Set.of(), null, Interests.none(), NOW);
        var old = Recommender.score(5, facts(8, 0, Duration.ofDays(30)), Set.of(), null, Interests.none(), NOW);
        assertTrue(fresh.score() > old.score());
        assertEquals("FRESH", fresh.reasons().get(0).kind());
    }
}
