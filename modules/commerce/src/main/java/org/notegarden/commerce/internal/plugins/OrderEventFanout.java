package org.notegarden.commerce.internal.plugins;

import java.util.concurrent.Executor;
import java.util.function.Predicate;
import org.notegarden.storefront.spi.OrderListener;
import org.notegarden.storefront.spi.StorefrontPlugin;

/**
 * Hands an order event to the order listeners of every enabled plugin, each on a worker and
 * through the guard: a slow listener never delays the buyer, and a failing one is recorded as
 * its plugin's last error without touching the order (which has already committed).
 */
public final class OrderEventFanout {
    private final PluginHost host;

    public OrderEventFanout(PluginHost host) {
        this.host = host;
    }

    /**
     * Hands the event to each enabled listener on {@code executor} (the caller decides whether
     * listeners run in parallel or, to keep events in order, one after another).
     *
     * @return how many listeners the event was handed to
     */
    public int publish(OrderListener.OrderEvent event, Predicate<LoadedPlugin> enabled, Executor executor) {
        int handed = 0;
        for (var ext : host.extensions(StorefrontPlugin::orderListeners)) {
            if (!enabled.test(ext.plugin())) {
                continue;
            }
            executor.execute(() -> host.guard().callQuietly(ext.plugin(), "order listener", () -> {
                ext.extension().onOrderEvent(event);
                return null;
            }));
            handed++;
        }
        return handed;
    }
}
