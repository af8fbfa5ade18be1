package org.notegarden.commerce.internal.pricing;

import org.notegarden.i18n.api.ChineseText;
import org.notegarden.storefront.spi.Adjustment;

/**
 * Plugins write Chinese in one script, usually Simplified (满199减20). A buyer who reads
 * Traditional Chinese gets what plugins say in Traditional (滿199減20): the host converts
 * labels on their way to such a buyer, so no plugin has to carry both scripts.
 */
public final class BuyerScript {
    private BuyerScript() {
    }

    /** {@code text} in the script the reader with {@code languageTag} reads. */
    public static String text(String text, String languageTag) {
        return text != null && ChineseText.readsTraditional(languageTag) ? ChineseText.toTraditional(text) : text;
    }

    static Adjustment label(Adjustment a, String languageTag) {
        String label = text(a.label(), languageTag);
        return label.equals(a.label()) ? a : new Adjustment(a.code(), label, a.amount());
    }
}
