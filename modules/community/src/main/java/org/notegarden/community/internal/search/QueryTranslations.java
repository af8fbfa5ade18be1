package org.notegarden.community.internal.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.notegarden.i18n.api.CrossLanguageQuery;
import org.notegarden.i18n.api.Offline;
import org.notegarden.i18n.api.Translator;

/**
 * The offline dictionary's reading of a query — its words in the other language with their
 * renderings, and the Chinese
 * word a pinyin spelling names — remembered per query text. The dictionary never changes while
 * the server runs, so a remembered answer is never stale, and people search the same few
 * thousand things over and over; the cache is bounded so that a flood of unique queries only
 * pushes the oldest out.
 */
@ApplicationScoped
public class QueryTranslations {
    static final int REMEMBERED = 20_000;

    Translator translator;
    private final Cache<String, Optional<CrossLanguageQuery>> otherLanguage = Caffeine.newBuilder().maximumSize(REMEMBERED).build();
    private final Cache<String, Optional<String>> pinyin = Caffeine.newBuilder().maximumSize(REMEMBERED).build();

    @Inject
    public QueryTranslations(@Offline Translator translator) {
        this.translator = translator;
    }

    /** For the CDI container's proxy only. */
    protected QueryTranslations() {
    }

    /** The query's words in the other language, each with its renderings (see {@link CrossLanguageQuery}). */
    public Optional<CrossLanguageQuery> inOtherLanguage(String text) {
        return otherLanguage.get(text, translator::searchTermsInOtherLanguage);
    }

    public Optional<String> hanziForPinyin(String typed) {
        return pinyin.get(typed, translator::hanziForPinyin);
    }
}
