package org.notegarden.commerce.internal.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.notegarden.community.api.NoteSales;

/**
 * Once an order change has committed: tells the notes' figures about the sales it adds or takes
 * back ({@code NoteSales}, counted in memory, so on this thread at once), and nudges the outbox
 * relay so that plugins' order listeners hear of it now rather than at the next poll. The event
 * itself is already safe in the outbox, written in the committed transaction; nobody hears of an
 * order that was rolled back.
 */
@ApplicationScoped
public class OrderEventsToPlugins {
    jakarta.enterprise.event.Event<NoteSales> noteSales;
    OrderEventRelay relay;

    @Inject
    public OrderEventsToPlugins(jakarta.enterprise.event.Event<NoteSales> noteSales, OrderEventRelay relay) {
        this.noteSales = noteSales;
        this.relay = relay;
    }

    /** For the CDI container's proxy only. */
    protected OrderEventsToPlugins() {
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderChanged change) {
        if (!change.noteSales().isEmpty()) {
            noteSales.fire(new NoteSales(change.noteSales(), change.at()));
        }
        relay.nudge();
    }
}
