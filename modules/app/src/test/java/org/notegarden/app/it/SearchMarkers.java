package org.notegarden.app.it;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Marker words that let a search test find only its own notes in a shared index. Each is "zq"
 * and exactly six random lower-case letters, made letter by letter: filtering a random value
 * down to some letters (as the tests once did with a UUID's a–f) sometimes leaves too few.
 */
public final class SearchMarkers {
    private static final int LETTERS = 6;

    private SearchMarkers() {
    }

    /** A fresh marker: letters only, so the English analysis keeps it as one word. */
    public static String fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder marker = new StringBuilder("zq");
        for (int i = 0; i < LETTERS; i++) {
            marker.append((char) ('a' + random.nextInt(26)));
        }
        return marker.toString();
    }
}
