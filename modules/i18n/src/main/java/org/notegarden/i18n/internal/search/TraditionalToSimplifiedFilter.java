package org.notegarden.i18n.internal.search;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.notegarden.i18n.api.ChineseText;

/**
 * Folds Traditional characters to Simplified (臺 → 台) with ICU's Traditional-Simplified
 * transform, as {@code ICUTransformFilter} does, but not for plain ASCII tokens (which the
 * transform leaves as they are) and with each distinct token's result remembered. The standard tokenizer gives every Han character
 * as a token of its own, so a handful of thousands of tokens cover all Chinese text; running the
 * rule-based transform on each of them again was 40 % of the CPU of building the search index
 * (JFR, 100,000 notes). {@code TraditionalToSimplifiedFilterTest} checks the tokens are the same.
 */
final class TraditionalToSimplifiedFilter extends TokenFilter {
    /** Enough for every Han character and the common keyword strings; past it, tokens are transformed without being kept. */
    static final int REMEMBERED = 200_000;
    private static final ConcurrentHashMap<String, String> SIMPLIFIED = new ConcurrentHashMap<>();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    TraditionalToSimplifiedFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!isAscii(term)) {
            String token = term.toString();
            String simplified = SIMPLIFIED.get(token);
            if (simplified == null) {
                simplified = ChineseText.toSimplified(token);
                if (SIMPLIFIED.size() < REMEMBERED) {
                    SIMPLIFIED.put(token, simplified);
                }
            }
            if (!simplified.equals(token)) {
                term.setEmpty().append(simplified);
            }
        }
        return true;
    }

    private static boolean isAscii(CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (chars.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
