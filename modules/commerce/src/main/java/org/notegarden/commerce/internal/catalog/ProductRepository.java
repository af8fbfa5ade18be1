package org.notegarden.commerce.internal.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Products by id: empty for an id that does not exist. */
@ApplicationScoped
public class ProductRepository {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    public Optional<Product> byId(long productId) {
        return Optional.ofNullable(em.find(Product.class, productId));
    }
}
