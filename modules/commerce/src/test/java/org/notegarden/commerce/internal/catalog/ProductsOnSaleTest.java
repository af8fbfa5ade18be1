package org.notegarden.commerce.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.notegarden.commerce.internal.shop.Shop;
import org.notegarden.community.api.MediaLookup;
import org.notegarden.community.api.ProductLookup.ProductRef;
import org.notegarden.platform.testing.H2StatementCount;
import org.notegarden.platform.testing.MappedH2;

/**
 * The product cards a note shows (H2 through Hibernate, statements counted): the lowest active
 * price, in stock when any active variant is, the first image, the shop's public name; nothing for
 * drafts, products without an active variant, or shops not approved. All in one statement: a note
 * page with a product read the product with its shop, then its variants and its pictures, three
 * statements or more, and cost three times the CPU of a note page without one (async-profiler,
 * PostgreSQL, 2026-12-06: 2,000 against 6,200 pages a second).
 */
class ProductsOnSaleTest {
    private SessionFactory sessions;
    private EntityManager em;
    private JpaProductLookup lookup;

    @BeforeEach
    void database() throws Exception {
        sessions = MappedH2.sessions("products-on-sale", Product.class, Sku.class, Shop.class);
        em = sessions.createEntityManager();
        MediaLookup media = id -> Optional.of(new MediaLookup.MediaRef(id, 1, true, "/m/" + id + "-detail.jpg", "/m/" + id + "-grid.jpg"));
        lookup = new JpaProductLookup(media);
        lookup.em = em;
        em.getTransaction().begin();
        shop(10, "Berlin Tea", "APPROVED", false);
        shop(20, "Held Name", "APPROVED", true);
        shop(30, "Applied", "PENDING", false);
        product(100, 10, "Sencha", "煎茶", "ACTIVE", List.of(900L, 901L));
        sku(1001, 100, 9000, 0, true);
        sku(1002, 100, 5000, 3, true);
        sku(1003, 100, 100, 50, false); // inactive: neither its price nor its stock counts
        product(200, 10, "Gyokuro", null, "ACTIVE", List.of());
        sku(2001, 200, 7000, 0, true);
        product(300, 20, null, "抹茶", "ACTIVE", List.of(902L));
        sku(3001, 300, 4000, 1, true);
        product(400, 10, "Draft", null, "DRAFT", List.of());
        sku(4001, 400, 100, 1, true);
        product(500, 30, "Unapproved", null, "ACTIVE", List.of());
        sku(5001, 500, 100, 1, true);
        product(600, 10, "No variant on sale", null, "ACTIVE", List.of());
        sku(6001, 600, 100, 1, false);
        em.getTransaction().commit();
    }

    @AfterEach
    void close() {
        em.close();
        sessions.close();
    }

    @Test
    void cardsOfProductsOnSaleOnlyInOneStatement() {
        Map<Long, ProductRef> cards = new java.util.HashMap<>();
        long statements = H2StatementCount.during(em.unwrap(org.hibernate.Session.class),
                () -> cards.putAll(lookup.onSale(List.of(100L, 200L, 300L, 400L, 500L, 600L, 999L))));
        assertEquals(Map.of(
                100L, new ProductRef(100, 10, "Berlin Tea", "Sencha", "煎茶", "/m/900-grid.jpg", 5000, "EUR", true),
                200L, new ProductRef(200, 10, "Berlin Tea", "Gyokuro", null, null, 7000, "EUR", false),
                300L, new ProductRef(300, 20, "Shop 20", null, "抹茶", "/m/902-grid.jpg", 4000, "EUR", true)), cards);
        assertEquals(1, statements, "one statement for seven products");
        assertEquals(Map.of(), lookup.onSale(List.of()));
    }

    /** A popular note's readers all ask for its product: the card is read once, until it changes. */
    @Test
    void aCardAskedForAgainIsNotReadAgainUntilItsProductOrShopChanges() {
        lookup.onSale(List.of(100L, 400L));
        long again = H2StatementCount.during(em.unwrap(org.hibernate.Session.class), () -> lookup.onSale(List.of(100L, 400L)));
        assertEquals(0, again, "the second page reads no product");

        em.getTransaction().begin();
        em.createNativeQuery("UPDATE co_sku SET stock = 0 WHERE product_id = 100").executeUpdate();
        em.getTransaction().commit();
        lookup.forget(new ProductChanged(100));
        Map<Long, ProductRef> afterSale = new java.util.HashMap<>();
        long statements = H2StatementCount.during(em.unwrap(org.hibernate.Session.class),
                () -> afterSale.putAll(lookup.onSale(List.of(100L, 400L))));
        assertEquals(1, statements, "the changed product is read again, the draft is still known not to be on sale");
        assertEquals(false, afterSale.get(100L).inStock());

        em.getTransaction().begin();
        em.createNativeQuery("UPDATE co_shop SET profile_held = TRUE WHERE id = 10").executeUpdate();
        em.getTransaction().commit();
        lookup.forget(new org.notegarden.commerce.internal.shop.ShopChanged(10));
        assertEquals("Shop 10", lookup.onSale(List.of(100L)).get(100L).shopName(), "a shop's change is seen on its products' cards");
    }

    private void shop(long id, String name, String status, boolean held) {
        em.createNativeQuery("INSERT INTO co_shop (id, owner_id, name, description, currency, legal_name, address, contact_email, "
                        + "contact_phone, registration_number, self_certified, status, created_at, updated_at, version, profile_held) "
                        + "VALUES (?1, ?1, ?2, '', 'EUR', 'L', 'A', 'e@x', '', 'R', TRUE, ?3, ?4, ?4, 0, ?5)")
                .setParameter(1, id).setParameter(2, name).setParameter(3, status).setParameter(4, Instant.EPOCH).setParameter(5, held)
                .executeUpdate();
    }

    private void product(long id, long shop, String en, String zh, String status, List<Long> images) {
        em.createNativeQuery("INSERT INTO co_product (id, shop_id, title_en, title_zh, description_en, description_zh, category, status, "
                        + "held_for_review, created_at, updated_at, version) VALUES (?1, ?2, ?3, ?4, '', '', 'food', ?5, FALSE, ?6, ?6, 0)")
                .setParameter(1, id).setParameter(2, shop).setParameter(3, en).setParameter(4, zh).setParameter(5, status)
                .setParameter(6, Instant.EPOCH).executeUpdate();
        for (int i = 0; i < images.size(); i++) {
            em.createNativeQuery("INSERT INTO co_product_image (product_id, position, media_id) VALUES (?1, ?2, ?3)")
                    .setParameter(1, id).setParameter(2, i).setParameter(3, images.get(i)).executeUpdate();
        }
    }

    private void sku(long id, long product, long price, int stock, boolean active) {
        em.createNativeQuery("INSERT INTO co_sku (id, product_id, code, options, price_minor, stock, active, version) "
                        + "VALUES (?1, ?2, ?3, '{}', ?4, ?5, ?6, 0)")
                .setParameter(1, id).setParameter(2, product).setParameter(3, "K" + id).setParameter(4, price).setParameter(5, stock)
                .setParameter(6, active).executeUpdate();
    }
}
