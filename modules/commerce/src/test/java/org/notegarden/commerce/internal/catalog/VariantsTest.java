package org.notegarden.commerce.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.notegarden.commerce.internal.shop.Shop;
import org.notegarden.commerce.internal.shop.ShopSummary;

class VariantsTest {
    private static SessionFactory sessions;

    @BeforeAll
    static void open() {
        sessions = CatalogTables.open("variants");
        CatalogTables.shop(sessions, 1, 70, "Tea House", false);
        CatalogTables.shop(sessions, 2, 80, "Held Name", true);
        CatalogTables.product(sessions, 1, 1, new long[][] {{11, 5}, {12, 0}, {13, 7}});
        CatalogTables.product(sessions, 2, 2, new long[][] {{21, 3}});
    }

    @AfterAll
    static void close() {
        sessions.close();
    }

    @Test
    void variantsComeWithWhatIsNeededOfTheirProductsAndShopsInOneStatement() {
        try (Session s = sessions.openSession()) {
            ProductRepository products = new ProductRepository();
            products.em = s;
            sessions.getStatistics().clear();
            var found = products.variants(List.of(11L, 21L, 99L));
            assertEquals(Set.of(11L, 21L), found.keySet(), "unknown ids are absent");
            assertEquals(5, found.get(11L).sku().getStock());
            assertEquals(new ProductSummary(1, 1, Product.Status.ACTIVE, false, "Tea", null, "tea"), found.get(11L).product());
            assertEquals(2L, found.get(21L).product().id());
            // Checkout reads no shop row of its own: whether it sells, its owner and currency come along.
            assertEquals(new ShopSummary(1, 70, Shop.Status.APPROVED, "EUR", "Tea House"), found.get(11L).shop());
            assertEquals("Shop 2", found.get(21L).shop().publicName(), "a held profile's name is not shown to buyers");
            // A popular variant's row is read once per checkout: not again through its product's variant list.
            assertEquals(1, sessions.getStatistics().getPrepareStatementCount(),
                    "variants, their products and shops in one statement, without the products' pictures and variant lists");
            assertFalse(s.contains(Product.class.getName(), 1L), "no product entity is loaded");
            assertFalse(s.contains(Shop.class.getName(), 1L), "no shop entity is loaded");
        }
    }

    /**
     * One variant — adding to a cart, most checkouts — is asked so that Hibernate keeps the
     * query's SQL: a query with a list parameter ({@code in :ids}) is translated from HQL to SQL
     * again on every call (this look-up was 7 % of a checkout's CPU, async-profiler, 2026-12-04).
     */
    @Test
    void oneVariantIsReadWithTheSqlHibernateKept() {
        try (Session s = sessions.openSession()) {
            ProductRepository products = new ProductRepository();
            products.em = s;
            products.variants(List.of(13L)); // the first look-up translates the query and keeps it
            Statistics statistics = sessions.getStatistics();
            statistics.clear();

            var found = products.variants(List.of(11L));

            assertEquals(Set.of(11L), found.keySet());
            assertEquals(5, found.get(11L).sku().getStock());
            assertEquals(new ShopSummary(1, 70, Shop.Status.APPROVED, "EUR", "Tea House"), found.get(11L).shop());
            assertEquals(1, statistics.getPrepareStatementCount(), "one statement");
            assertEquals(0, statistics.getQueryPlanCacheMissCount());
            assertEquals(2, statistics.getQueryPlanCacheHitCount(), "the query's HQL and its SQL both kept: nothing translated again");
        }
    }
}
