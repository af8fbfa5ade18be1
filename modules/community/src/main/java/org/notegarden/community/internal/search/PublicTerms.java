package org.notegarden.community.internal.search;

import java.util.regex.Pattern;

/**
 * Whether a search term reads as words, so that it may stand on everyone's search page: letters
 * of any script, digits, spaces and the few marks people type between words (#, -, ', ., &, +, ·).
 * Markup, code, addresses and links never do — {@code <img src=x onerror=…>} was once the top
 * hot search: shown as text, not run, but no list people read should carry it.
 */
final class PublicTerms {
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{M}\\p{N} #\\-'.&+·]+");
    private static final Pattern LINK = Pattern.compile("(?i)(www\\.|\\.(com|net|org|cn|io)\\b)");

    private PublicTerms() {
    }

    static boolean readable(String term) {
        return term != null && !term.isBlank() && WORDS.matcher(term).matches() && !LINK.matcher(term).find();
    }
}
