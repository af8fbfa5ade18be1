package org.notegarden.platform.api;

import java.util.List;

/**
 * How sibling modules fill a demo installation together ({@code notegarden.demo=true}) without
 * calling each other: the module that owns people and media announces demo shopkeepers with
 * pictures for their goods; the module that owns the catalog opens their shops and answers with
 * the products it created, which the first then features in notes. Fired synchronously.
 */
public final class DemoEvents {
    private DemoEvents() {
    }

    /** Demo people who will run shops, with pictures (media ids they own) for their products. */
    public record ShopkeepersReady(List<Shopkeeper> shopkeepers) {
    }

    /** {@code theme} names what they sell (coffee, skincare, outfit, home). */
    public record Shopkeeper(long accountId, String theme, List<Long> pictureMediaIds) {
    }

    /** The demo products now on sale. */
    public record ProductsReady(List<DemoProduct> products) {
    }

    public record DemoProduct(long productId, long merchantAccountId, String theme, String titleEn, String titleZh) {
    }
}
