package org.notegarden.commerce.internal.order;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Set;
import org.notegarden.commerce.internal.plugins.StorefrontPlugins;
import org.notegarden.commerce.internal.shop.ShopPlugins;
import org.notegarden.storefront.spi.Money;
import org.notegarden.storefront.spi.OrderListener;

/**
 * Tells plugins' order listeners about a state change once its transaction has committed, so a
 * listener never hears of an order that was rolled back; plugins the shop switched off are not told.
 */
@ApplicationScoped
public class OrderEventsToPlugins {
    @Inject
    StorefrontPlugins plugins;
    @Inject
    ShopPlugins shopPlugins;
    @Resource
    ManagedExecutorService background;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderChanged change) {
        // The committing thread is finishing its transaction: do the lookup and the hand-over elsewhere.
        background.execute(() -> {
            Set<String> off = shopPlugins.disabled(change.shopId());
            var event = new OrderListener.OrderEvent(Long.toString(change.orderId()), Long.toString(change.shopId()),
                    change.state().name(), new Money(change.totalMinor(), change.currency()), change.at());
            plugins.orderEvents().publish(event, plugin -> !off.contains(plugin.id()));
        });
    }
}
