package org.notegarden.compliance.internal.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds listed words in text. Latin-script entries match whole words or whole phrases
 * (case-insensitive), so "class" never trips on "ass"; entries containing Han characters match
 * anywhere, because Chinese is written without spaces (one-character entries only where they
 * stand alone, see {@link #standsAlone}). Allowed words are cut out first.
 */
final class WordLists {
    private final Set<String> holdLatin = new HashSet<>();
    private final List<String> holdHan = new ArrayList<>();
    private final Set<String> refuseLatin = new HashSet<>();
    private final List<String> refuseHan = new ArrayList<>();
    private final List<String> allowed = new ArrayList<>();
    private int longestLatinPhrase = 1;

    WordLists(Collection<String> hold, Collection<String> refuse, Collection<String> allow) {
        hold.forEach(w -> add(w, holdLatin, holdHan));
        refuse.forEach(w -> add(w, refuseLatin, refuseHan));
        allow.stream().map(WordLists::normalise).filter(s -> !s.isEmpty()).forEach(allowed::add);
        // Longest first, so 乳液 is cut before a shorter allowed word could split it.
        allowed.sort((a, b) -> b.length() - a.length());
    }

    private void add(String word, Set<String> latin, List<String> han) {
        String w = normalise(word);
        if (w.isEmpty()) {
            return;
        }
        if (hasHan(w)) {
            han.add(w);
        } else {
            latin.add(w);
            longestLatinPhrase = Math.max(longestLatinPhrase, w.split(" ").length);
        }
    }

    Optional<String> refused(String text) {
        return find(text, refuseLatin, refuseHan);
    }

    Optional<String> held(String text) {
        return find(text, holdLatin, holdHan);
    }

    int size() {
        return holdLatin.size() + holdHan.size() + refuseLatin.size() + refuseHan.size();
    }

    private Optional<String> find(String text, Set<String> latin, List<String> han) {
        String t = normalise(text);
        for (String ok : allowed) {
            t = t.replace(ok, " ");
        }
        for (String w : han) {
            if (w.codePointCount(0, w.length()) == 1 ? standsAlone(t, w) : t.contains(w)) {
                return Optional.of(w);
            }
        }
        String[] words = t.split("[^\\p{L}\\p{N}']+");
        for (int i = 0; i < words.length; i++) {
            StringBuilder phrase = new StringBuilder();
            for (int n = 0; n < longestLatinPhrase && i + n < words.length; n++) {
                if (words[i + n].isEmpty()) {
                    break;
                }
                if (n > 0) {
                    phrase.append(' ');
                }
                phrase.append(words[i + n]);
                if (latin.contains(phrase.toString())) {
                    return Optional.of(phrase.toString());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A one-character Chinese entry (性, 奶, 卵 …) is part of countless everyday words (女性,
     * 牛奶, 鸡卵), so it counts only where it stands alone, not next to another Han character.
     */
    static boolean standsAlone(String text, String character) {
        int cp = character.codePointAt(0);
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] == cp && !isHan(i > 0 ? cps[i - 1] : ' ') && !isHan(i + 1 < cps.length ? cps[i + 1] : ' ')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    static String normalise(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
