package org.notegarden.commerce.internal.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;
import org.notegarden.i18n.api.Offline;
import org.notegarden.i18n.api.Translator;

/**
 * Finds products on sale in the search index, in both languages: the words as typed, pinyin for
 * Latin-only queries, and an offline translation into the other language (weighted lower).
 */
@ApplicationScoped
public class ProductSearch {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    Translator translator;

    @Inject
    public ProductSearch(@Offline Translator translator) {
        this.translator = translator;
    }

    /** For the CDI container's proxy only. */
    protected ProductSearch() {
    }

    /** Ids of matching products from {@code offset}, up to {@code limit}, with the total hit count. */
    public record Hits(List<Long> ids, long total) {
    }

    public Hits find(String text, int offset, int limit) {
        String translated = translator.inOtherLanguage(text).orElse(null);
        boolean latinOnly = text.chars().allMatch(c -> c < 128 && (Character.isLetter(c) || c == ' '));
        var result = Search.session(em).search(Product.class)
                .select(f -> f.id(Long.class))
                .where((f, root) -> {
                    root.add(f.match().field("status").matching(Product.Status.ACTIVE));
                    var any = f.bool();
                    any.should(f.simpleQueryString().field("titleEn").boost(3f).field("titleZh").boost(3f).field("descriptionEn")
                            .field("descriptionZh").matching(text).defaultOperator(BooleanOperator.AND));
                    if (latinOnly) {
                        any.should(f.simpleQueryString().field("pinyin").matching(text.toLowerCase(Locale.ROOT))
                                .defaultOperator(BooleanOperator.AND).boost(0.8f));
                    }
                    if (translated != null) {
                        any.should(f.simpleQueryString().field("titleEn").boost(3f).field("titleZh").boost(3f).field("descriptionEn")
                                .field("descriptionZh").matching(translated).defaultOperator(BooleanOperator.AND).boost(0.5f));
                    }
                    root.add(any);
                })
                .fetch(offset, limit);
        return new Hits(result.hits(), result.total().hitCountLowerBound());
    }
}
