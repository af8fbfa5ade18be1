package org.notegarden.commerce.internal.order;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;

/**
 * Turns every state change the database accepts into an {@link OrderChanged} CDI event. Sitting
 * on the entity's flush means no code path that moves an order can forget to announce it.
 * JPA creates entity listeners itself, so the CDI container is reached through {@link CDI#current()}.
 */
public class OrderChangeRecorder {
    @PostPersist
    @PostUpdate
    void flushed(Order order) {
        if (order.takeUnannouncedState()) {
            CDI.current().getBeanManager().getEvent().select(OrderChanged.class)
                    .fire(new OrderChanged(order.getId(), order.getShopId(), order.getState(), order.getCurrency(),
                            order.getTotalMinor(), order.getUpdatedAt()));
        }
    }
}
