package org.notegarden.compliance.internal.screening;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cheap spam signals: too many links, and the same word or character hammered over and over. */
final class SpamSignals {
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+|\\b[a-z0-9-]+\\.(?:com|net|cn|xyz|top|shop|io|link)\\b");
    private static final Pattern RUN = Pattern.compile("(.)\\1{11,}");

    private SpamSignals() {
    }

    /** A reason to hold, if any. New accounts may not post links at all. */
    static Optional<String> of(String text, boolean newAccount) {
        int links = 0;
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            links++;
        }
        if (links > (newAccount ? 0 : 3)) {
            return Optional.of(newAccount ? "links from a new account" : "many links (" + links + ")");
        }
        if (RUN.matcher(text).find()) {
            return Optional.of("repeated characters");
        }
        Map<String, Integer> counts = new HashMap<>();
        String[] words = text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int total = 0;
        for (String w : words) {
            if (w.length() >= 2) {
                total++;
                counts.merge(w, 1, Integer::sum);
            }
        }
        int top = counts.values().stream().max(Integer::compare).orElse(0);
        if (total >= 20 && top * 3 > total) {
            return Optional.of("one word repeated " + top + " times");
        }
        return Optional.empty();
    }
}
