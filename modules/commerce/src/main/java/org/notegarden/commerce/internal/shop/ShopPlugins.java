package org.notegarden.commerce.internal.shop;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.notegarden.commerce.internal.plugins.LoadedPlugin;
import org.notegarden.commerce.internal.plugins.StorefrontPlugins;

/**
 * Which installed plugins take part in a shop. A merchant's own choice (a row in
 * {@code co_shop_plugin}) always wins. Without one, a plugin is off: a newly installed
 * third-party plugin touches no shop until its merchant turns it on. Operators may name plugins
 * that start on for every shop ({@code notegarden.plugins.on-by-default}); the four examples
 * that ship with Notegarden are named so by default.
 *
 * <p>Checkout asks this three times per order (pricing, the placed and the paid event), so the
 * choices are kept for {@link #FRESH_FOR}: a change made on this node is seen as soon as it
 * commits, another node's within that time. The merchant's own settings page reads them as
 * stored ({@link #disabledAsStored}), so it never shows an answer older than the last save.
 */
@ApplicationScoped
public class ShopPlugins {
    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    StorefrontPlugins plugins;

    Event<Changed> changed;

    private final Cache<Long, Map<String, Boolean>> kept =
            Caffeine.newBuilder().expireAfterWrite(FRESH_FOR).maximumSize(10_000).build();

    @Inject
    public ShopPlugins(StorefrontPlugins plugins, Event<Changed> changed) {
        this.plugins = plugins;
        this.changed = changed;
    }

    /** For the CDI container's proxy only. */
    protected ShopPlugins() {
    }
    @Inject
    @ConfigProperty(name = "notegarden.plugins.on-by-default",
            defaultValue = "sandbox-payments,region-shipping,promotions,eu-vat")
    String onByDefault;

    /** The ids of installed plugins that are off for this shop, as kept (see the class comment). */
    public Set<String> disabled(long shopId) {
        return disabledGiven(kept.get(shopId, this::choices));
    }

    /** The ids of installed plugins that are off for this shop, read now. */
    public Set<String> disabledAsStored(long shopId) {
        return disabledGiven(choices(shopId));
    }

    private Set<String> disabledGiven(Map<String, Boolean> chosen) {
        Set<String> defaults = Arrays.stream(onByDefault.split(",")).map(String::strip).collect(Collectors.toSet());
        return plugins.host().plugins().stream().map(LoadedPlugin::id)
                .filter(id -> !chosen.getOrDefault(id, defaults.contains(id)))
                .collect(Collectors.toSet());
    }

    /**
     * The shop's own choices. No flush first: before a native query Hibernate writes out every
     * pending change of the transaction, since it cannot tell which tables the SQL reads, and a
     * checkout asks this in the middle of placing the order (6 % of a checkout's CPU in the
     * profile, modules/app/README.md). Only {@link #set} writes this table, straight in SQL, so
     * nothing pending can change the answer.
     */
    private Map<String, Boolean> choices(long shopId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT plugin_id, enabled FROM co_shop_plugin WHERE shop_id = ?1")
                .setParameter(1, shopId).setFlushMode(FlushModeType.COMMIT).getResultList();
        Map<String, Boolean> chosen = new HashMap<>();
        rows.forEach(r -> chosen.put((String) r[0], Boolean.TRUE.equals(r[1]) || Integer.valueOf(1).equals(r[1])));
        return Map.copyOf(chosen);
    }

    @Transactional
    public void set(long shopId, String pluginId, boolean enabled) {
        int updated = em.createNativeQuery("UPDATE co_shop_plugin SET enabled = ?3 WHERE shop_id = ?1 AND plugin_id = ?2")
                .setParameter(1, shopId).setParameter(2, pluginId).setParameter(3, enabled).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO co_shop_plugin (shop_id, plugin_id, enabled) VALUES (?1, ?2, ?3)")
                    .setParameter(1, shopId).setParameter(2, pluginId).setParameter(3, enabled).executeUpdate();
        }
        changed.fire(new Changed(shopId));
    }

    /** A shop's choices changed in the transaction that fires it. */
    record Changed(long shopId) {
    }

    /** After the commit, not before: a checkout reading in between would keep the old choices again. */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        kept.invalidate(change.shopId());
    }
}
