package org.notegarden.community.internal.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicMixTest {
    private final List<Recommender.Ranked> ranked = new ArrayList<>();
    private final Map<Long, Set<String>> topics = new HashMap<>();

    private void note(long id, String... tags) {
        ranked.add(new Recommender.Ranked(id, 100 - id, List.of()));
        topics.put(id, Set.of(tags));
    }

    @Test
    void onePageHoldsAtMostFiveOfATopicAndAtLeastFourTopics() {
        for (long id = 1; id <= 30; id++) {
            note(id, "家居");
        }
        String[] others = {"food", "travel", "beauty", "fitness"};
        for (long id = 31; id <= 50; id++) {
            note(id, others[(int) (id % others.length)]);
        }
        List<Recommender.Ranked> mixed = TopicMix.spread(ranked, topics);
        List<Recommender.Ranked> firstPage = mixed.subList(0, 20);
        assertEquals(5, firstPage.stream().filter(r -> topics.get(r.noteId()).contains("家居")).count());
        Set<String> seen = new HashSet<>();
        firstPage.forEach(r -> seen.addAll(topics.get(r.noteId())));
        assertTrue(seen.size() >= 4, "topics on the first page: " + seen);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), firstPage.stream().filter(r -> r.noteId() <= 30).map(Recommender.Ranked::noteId).toList(),
                "the best of the strong interest still come first, in the ranking's order");
        assertEquals(50, mixed.size(), "nothing is dropped");
        assertEquals(6L, mixed.get(20).noteId(), "the next page starts again from the best that waited");
    }

    @Test
    void whenOnlyOneTopicIsLeftItFillsThePage() {
        for (long id = 1; id <= 25; id++) {
            note(id, "家居");
        }
        note(26);
        List<Recommender.Ranked> mixed = TopicMix.spread(ranked, topics);
        assertEquals(26, mixed.size());
        assertEquals(26L, mixed.get(5).noteId(), "the untagged note takes the sixth slot");
        assertEquals(6L, mixed.get(6).noteId(), "then the page fills with what there is");
    }
}
