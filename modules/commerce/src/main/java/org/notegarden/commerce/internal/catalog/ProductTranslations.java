package org.notegarden.commerce.internal.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.notegarden.i18n.api.Translator;

/**
 * "Translate" on a listing. Merchants write listings in English, Chinese or both; a reader asks
 * for their language. When the merchant wrote it, that text is the answer (marked
 * {@code byMerchant}); otherwise the configured translator renders the other language, cached
 * per product version and provider in {@code co_product_translation}.
 */
@ApplicationScoped
public class ProductTranslations {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    Clock clock;
    Translator translator;
    CatalogService catalog;

    @Inject
    public ProductTranslations(Clock clock, Translator translator, CatalogService catalog) {
        this.clock = clock;
        this.translator = translator;
        this.catalog = catalog;
    }

    /** For the CDI container's proxy only. */
    protected ProductTranslations() {
    }

    /** The listing's title and description in {@code to}, who made them, and whether word by word. */
    public record ProductTranslation(String title, String description, String from, String to, String provider,
                             boolean wordLevel, boolean byMerchant) {
    }

    @Transactional
    public ProductTranslation translate(long productId, Long viewerId, String to) {
        Product p = catalog.requireVisible(productId, viewerId);
        String target = Translator.targetLanguage(to);
        String from = target.equals("zh") ? "en" : "zh";
        String ownTitle = target.equals("zh") ? p.getTitleZh() : p.getTitleEn();
        String ownDescription = target.equals("zh") ? p.getDescriptionZh() : p.getDescriptionEn();
        if (!blank(ownTitle) || !blank(ownDescription)) {
            return new ProductTranslation(text(ownTitle), text(ownDescription), target, target, null, false, true);
        }
        String title = text(target.equals("zh") ? p.getTitleEn() : p.getTitleZh());
        String description = text(target.equals("zh") ? p.getDescriptionEn() : p.getDescriptionZh());
        String provider = translator.id();
        @SuppressWarnings("unchecked")
        List<Object[]> cached = em.createNativeQuery("SELECT title, description, word_level FROM co_product_translation "
                        + "WHERE product_id = ?1 AND version = ?2 AND target = ?3 AND provider = ?4")
                .setParameter(1, productId).setParameter(2, p.getVersion()).setParameter(3, target).setParameter(4, provider)
                .getResultList();
        if (!cached.isEmpty()) {
            Object[] r = cached.get(0);
            return new ProductTranslation((String) r[0], (String) r[1], from, target, provider, (Boolean) r[2], false);
        }
        Translator.Pair pair = translator.translatePair(title, description, from, target);
        ProductTranslation out = new ProductTranslation(cut(pair.title(), 400), cut(pair.text(), 8000), from, target, provider,
                pair.wordLevel(), false);
        em.createNativeQuery("INSERT INTO co_product_translation (product_id, version, target, provider, title, description, "
                        + "word_level, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, productId).setParameter(2, p.getVersion()).setParameter(3, target).setParameter(4, provider)
                .setParameter(5, out.title()).setParameter(6, out.description()).setParameter(7, out.wordLevel())
                .setParameter(8, clock.instant()).executeUpdate();
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String cut(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }
}
