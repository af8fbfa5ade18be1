package org.notegarden.commerce.internal.catalog;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.notegarden.commerce.internal.shop.Shop;
import org.notegarden.platform.testing.MappedH2;

/**
 * Products and variants in an in-memory H2 database through Hibernate, with statement counts on,
 * for tests that check how catalog rows are read and written. Rows are written in SQL, so tests
 * need none of the catalog's rules to set up.
 */
public final class CatalogTables {
    private CatalogTables() {
    }

    public static SessionFactory open(String name) {
        return MappedH2.sessions(name, Product.class, Sku.class, Shop.class);
    }

    /** An approved shop selling in euros; {@code held}: its profile is held, so buyers see a neutral name. */
    public static void shop(SessionFactory sessions, long shopId, long ownerId, String name, boolean held) {
        try (Session s = sessions.openSession()) {
            s.getTransaction().begin();
            s.createNativeMutationQuery("INSERT INTO co_shop (id, owner_id, name, description, currency, legal_name, address, "
                    + "contact_email, contact_phone, registration_number, self_certified, status, created_at, updated_at, "
                    + "profile_held, version) VALUES (?1, ?2, ?3, '', 'EUR', 'Tea GmbH', 'Berlin', 'tea@example.org', '+49 30 1', "
                    + "'HRB 1', TRUE, 'APPROVED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?4, 0)")
                    .setParameter(1, shopId).setParameter(2, ownerId).setParameter(3, name).setParameter(4, held).executeUpdate();
            s.getTransaction().commit();
        }
    }

    /** A product of shop 1 with two pictures and the given variants (id, stock), all on sale. */
    public static void product(SessionFactory sessions, long productId, long[][] variants) {
        product(sessions, 1, productId, variants);
    }

    /** A product of that shop with two pictures and the given variants (id, stock), all on sale. */
    public static void product(SessionFactory sessions, long shopId, long productId, long[][] variants) {
        try (Session s = sessions.openSession()) {
            s.getTransaction().begin();
            s.createNativeMutationQuery("INSERT INTO co_product (id, shop_id, title_en, description_en, description_zh, category, status, "
                    + "held_for_review, created_at, updated_at, version) VALUES (?1, ?2, 'Tea', '', '', 'tea', 'ACTIVE', FALSE, "
                    + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)").setParameter(1, productId).setParameter(2, shopId)
                    .executeUpdate();
            for (int position = 0; position < 2; position++) {
                s.createNativeMutationQuery("INSERT INTO co_product_image (product_id, position, media_id) VALUES (?1, ?2, ?3)")
                        .setParameter(1, productId).setParameter(2, position).setParameter(3, 100L + position).executeUpdate();
            }
            for (long[] v : variants) {
                s.createNativeMutationQuery("INSERT INTO co_sku (id, product_id, code, options, price_minor, stock, active, version) "
                        + "VALUES (?1, ?2, ?3, '', 1000, ?4, TRUE, 0)").setParameter(1, v[0]).setParameter(2, productId)
                        .setParameter(3, "SKU-" + v[0]).setParameter(4, (int) v[1]).executeUpdate();
            }
            s.getTransaction().commit();
        }
    }
}
