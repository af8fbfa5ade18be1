package org.notegarden.i18n.api;

import java.util.List;

/**
 * A search query read in the other language, for widening a search: each of the query's words or
 * phrases with the ways the other language says it (best first), so that a search can ask for
 * every word and accept any of its renderings — "hiking" is 徒步, 远足 or 爬山 in people's notes —
 * and {@code display}, one readable rendering to show ("also searched for 徒步").
 *
 * @param display one line in the other language, the first rendering of each word
 * @param words   per word or phrase of the query, its renderings; never empty, nor any of its lists
 */
public record CrossLanguageQuery(String display, List<List<String>> words) {
    public CrossLanguageQuery {
        words = words.stream().map(List::copyOf).toList();
        if (words.isEmpty() || words.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("every word needs at least one rendering");
        }
    }

    /** A whole rendering as one word: what a translator that knows no alternatives offers. */
    public static CrossLanguageQuery whole(String text) {
        return new CrossLanguageQuery(text, List.of(List.of(text)));
    }
}
