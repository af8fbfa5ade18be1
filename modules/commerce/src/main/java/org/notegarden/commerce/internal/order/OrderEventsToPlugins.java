package org.notegarden.commerce.internal.order;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.notegarden.commerce.internal.plugins.StorefrontPlugins;
import org.notegarden.storefront.spi.Money;
import org.notegarden.storefront.spi.OrderListener;

/**
 * Tells plugins' order listeners (and, as {@code NoteSales}, the notes' figures) about a state
 * change once its transaction has committed, so nobody hears of an order that was rolled back;
 * plugins the shop switched off are not told.
 * One queue thread keeps events in commit order (PLACED before PAID) and keeps slow listeners off
 * the buyer's request; each listener call is still bounded by the plugin guard.
 */
@ApplicationScoped
public class OrderEventsToPlugins {
    private static final Logger LOG = Logger.getLogger(OrderEventsToPlugins.class.getName());

    @Inject
    StorefrontPlugins plugins;
    @Inject
    jakarta.enterprise.event.Event<org.notegarden.platform.api.NoteSales> noteSales;
    @Resource
    ManagedThreadFactory threads;

    private ExecutorService queue;

    /**
     * The queue's thread is created at start-up, not inside a request: a container thread keeps the
     * context it was created in, and a request's context must not outlive the request.
     */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        queue();
    }

    private synchronized ExecutorService queue() {
        if (queue == null) {
            queue = Executors.newSingleThreadExecutor(threads);
            queue.execute(() -> { }); // start the thread now
        }
        return queue;
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderChanged change) {
        if (!change.noteSales().isEmpty()) {
            // Observers only count in memory, so telling them on this thread is safe and immediate.
            noteSales.fire(new org.notegarden.platform.api.NoteSales(change.noteSales(), change.at()));
        }
        queue().execute(() -> {
            try {
                var event = new OrderListener.OrderEvent(Long.toString(change.orderId()), Long.toString(change.shopId()),
                        change.state().name(), new Money(change.totalMinor(), change.currency()), change.at());
                plugins.orderEvents().publish(event, plugin -> !change.pluginsOff().contains(plugin.id()), Runnable::run);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "order " + change.orderId() + " " + change.state() + " not handed to plugins", e);
            }
        });
    }

    @PreDestroy
    synchronized void stop() {
        if (queue != null) {
            queue.shutdownNow();
        }
    }
}
