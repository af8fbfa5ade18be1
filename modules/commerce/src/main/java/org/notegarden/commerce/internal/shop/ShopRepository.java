package org.notegarden.commerce.internal.shop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Shops by id: empty for an id that does not exist; a product's or an order's shop always exists. */
@ApplicationScoped
public class ShopRepository {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    public Optional<Shop> byId(long shopId) {
        return Optional.ofNullable(em.find(Shop.class, shopId));
    }

    /** The shop of a product or order (shops are never deleted, so its absence is a bug, not a 404). */
    public Shop of(long shopId) {
        return byId(shopId).orElseThrow(() -> new IllegalStateException("no shop " + shopId));
    }
}
