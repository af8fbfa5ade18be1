package org.notegarden.i18n.internal.search;

import java.util.HashMap;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Runs the filters inside it on every token except Han, kana and Hangul ones (by the type the
 * standard tokenizer and the CJK bigram filter give them). The English filters (possessive,
 * ASCII folding, Porter) change nothing in such a token, but ASCII folding rewrites and copies
 * every token that has a character above U+007F, so it worked through every Chinese token of
 * every note: 4–5 % of the index build's CPU (async-profiler), for nothing.
 */
final class NotForCjkTokensFactory extends ConditionalTokenFilterFactory {
    /** The types the standard tokenizer and the bigram filter give Han, kana and Hangul tokens, as Lucene names them. */
    private static final Set<String> CJK_TYPES = Set.of(StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC],
            StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HIRAGANA], StandardTokenizer.TOKEN_TYPES[StandardTokenizer.KATAKANA],
            StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL], CJKBigramFilter.SINGLE_TYPE, CJKBigramFilter.DOUBLE_TYPE);

    NotForCjkTokensFactory() {
        super(new HashMap<>());
    }

    @Override
    protected ConditionalTokenFilter create(TokenStream input, Function<TokenStream, TokenStream> inner) {
        return new ConditionalTokenFilter(input, inner) {
            private final TypeAttribute type = addAttribute(TypeAttribute.class);

            @Override
            protected boolean shouldFilter() {
                return !CJK_TYPES.contains(type.type());
            }
        };
    }
}
