package org.notegarden.commerce.internal.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * The cluster's plugin generation (V18): an admin's reload counts it up, and every node that sees
 * it ahead of what it loaded reloads its own plugin folder ({@link StorefrontPlugins}).
 */
@ApplicationScoped
public class PluginReloads {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    @Transactional
    public long generation() {
        return ((Number) em.createNativeQuery("SELECT generation FROM co_plugin_reload WHERE id = 1").getSingleResult()).longValue();
    }

    /** Counts the generation up (in the caller's transaction); returns the new one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long next(Instant at) {
        em.createNativeQuery("UPDATE co_plugin_reload SET generation = generation + 1, reloaded_at = ?1 WHERE id = 1")
                .setParameter(1, java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC)).executeUpdate();
        return generation();
    }
}
