package org.notegarden.community.internal.discovery;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What one reader's own actions say they care about, counted: searches, topics of the notes they
 * collected, liked and commented on, the people they follow, and the notes they waved away
 * (whose topics and authors count against similar notes). Read fresh for each feed request.
 */
record Interests(Map<String, Integer> searched, Map<String, Integer> collectedTopics, Map<String, Integer> likedTopics,
                 Map<String, Integer> commentedTopics, Map<Long, String> followed, Set<Long> dismissedNotes,
                 Map<String, Integer> dismissedTopics, Set<Long> dismissedAuthors) {

    static Interests none() {
        return new Interests(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Set.of(), Map.of(), Set.of());
    }

    /** Every topic the reader showed interest in, most weight first. */
    Map<String, Integer> topics() {
        Map<String, Integer> all = new HashMap<>();
        collectedTopics.forEach((t, n) -> all.merge(t, 3 * n, Integer::sum));
        likedTopics.forEach((t, n) -> all.merge(t, 2 * n, Integer::sum));
        commentedTopics.forEach((t, n) -> all.merge(t, 2 * n, Integer::sum));
        Map<String, Integer> ordered = new LinkedHashMap<>();
        all.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

}
