package org.notegarden.commerce.internal.plugins;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.notegarden.storefront.spi.OrderListener;
import org.notegarden.storefront.spi.StorefrontPlugin;

/**
 * Hands one order event to the order listeners of every enabled plugin that has not had it
 * yet, each call through the guard, and says for each plugin whether it took the event. A
 * failing listener is recorded as its plugin's last error and touches nothing else; the caller
 * (the outbox relay) retries just that plugin later.
 */
public final class OrderEventFanout {
    private final PluginHost host;

    public OrderEventFanout(PluginHost host) {
        this.host = host;
    }

    /** Whether any plugin the shop lets take part listens for order events at all. */
    public boolean anyListens(Predicate<LoadedPlugin> enabled) {
        return host.extensions(StorefrontPlugin::orderListeners).stream().anyMatch(ext -> enabled.test(ext.plugin()));
    }

    /**
     * @param enabled    whether the shop lets a plugin take part
     * @param delivered  plugins that already took this event (an earlier attempt)
     * @return per plugin id that was tried now: true if all its listeners took the event
     */
    public Map<String, Boolean> deliver(OrderListener.OrderEvent event, Predicate<LoadedPlugin> enabled, Set<String> delivered) {
        Map<String, Boolean> outcome = new LinkedHashMap<>();
        List<PluginHost.Extension<OrderListener>> listeners = host.extensions(StorefrontPlugin::orderListeners);
        for (var ext : listeners) {
            String plugin = ext.plugin().id();
            if (!enabled.test(ext.plugin()) || delivered.contains(plugin) || Boolean.FALSE.equals(outcome.get(plugin))) {
                continue;
            }
            try {
                host.guard().call(ext.plugin(), "order listener", () -> {
                    ext.extension().onOrderEvent(event);
                    return null;
                });
                outcome.putIfAbsent(plugin, true);
            } catch (PluginCallException e) {
                outcome.put(plugin, false);
            }
        }
        return outcome;
    }
}
