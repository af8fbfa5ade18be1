package org.notegarden.commerce.internal.shop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which plugins a shop has switched off; everything else is on. */
@ApplicationScoped
public class ShopPlugins {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    public Set<String> disabled(long shopId) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("SELECT plugin_id FROM co_shop_plugin WHERE shop_id = ?1 AND enabled = FALSE")
                .setParameter(1, shopId).getResultList();
        return new HashSet<>(ids);
    }

    @Transactional
    public void set(long shopId, String pluginId, boolean enabled) {
        int updated = em.createNativeQuery("UPDATE co_shop_plugin SET enabled = ?3 WHERE shop_id = ?1 AND plugin_id = ?2")
                .setParameter(1, shopId).setParameter(2, pluginId).setParameter(3, enabled).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO co_shop_plugin (shop_id, plugin_id, enabled) VALUES (?1, ?2, ?3)")
                    .setParameter(1, shopId).setParameter(2, pluginId).setParameter(3, enabled).executeUpdate();
        }
    }
}
