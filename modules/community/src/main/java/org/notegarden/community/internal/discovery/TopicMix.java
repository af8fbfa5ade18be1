package org.notegarden.community.internal.discovery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps "for you" from collapsing into one interest. Two collects of home notes once made all
 * 20 cards #家居; here each page of {@code pageSize} takes at most {@code perTopic} notes of any
 * one topic, so a page of 20 holds at least four topics when the catalogue has them. Within
 * that rule the ranking's order is kept; when only one topic is left, its notes fill the page
 * rather than leave it short.
 */
final class TopicMix {
    static final int PAGE = 20;
    static final int PER_TOPIC = 5;

    private TopicMix() {
    }

    static List<Recommender.Ranked> spread(List<Recommender.Ranked> ranked, Map<Long, Set<String>> topics) {
        return spread(ranked, topics, PAGE, PER_TOPIC);
    }

    static List<Recommender.Ranked> spread(List<Recommender.Ranked> ranked, Map<Long, Set<String>> topics, int pageSize,
                                           int perTopic) {
        LinkedList<Recommender.Ranked> waiting = new LinkedList<>(ranked);
        List<Recommender.Ranked> out = new ArrayList<>(ranked.size());
        while (!waiting.isEmpty()) {
            Map<String, Integer> onPage = new HashMap<>();
            for (int slot = 0; slot < pageSize && !waiting.isEmpty(); slot++) {
                Recommender.Ranked next = waiting.stream()
                        .filter(r -> topics.getOrDefault(r.noteId(), Set.of()).stream().allMatch(t -> onPage.getOrDefault(t, 0) < perTopic))
                        .findFirst().orElse(waiting.getFirst());
                waiting.remove(next);
                topics.getOrDefault(next.noteId(), Set.of()).forEach(t -> onPage.merge(t, 1, Integer::sum));
                out.add(next);
            }
        }
        return out;
    }
}
