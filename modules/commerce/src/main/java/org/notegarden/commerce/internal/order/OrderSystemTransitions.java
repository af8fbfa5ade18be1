package org.notegarden.commerce.internal.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * State changes no person asks for (a payment answer, receipt confirmed by the clock), as
 * opposed to {@link OrderPartyActions}, what buyers and merchants do. Each runs in its own
 * transaction with the order row locked, so a payment answer and the expiry sweeper can never
 * both act on the same order.
 */
@ApplicationScoped
public class OrderSystemTransitions {
    Stock stock;
    Clock clock;
    OrderAnnouncer announcer;

    OrderRepository orderRepository;

    @Inject
    public OrderSystemTransitions(Stock stock, Clock clock, OrderAnnouncer announcer, OrderRepository orderRepository) {
        this.stock = stock;
        this.orderRepository = orderRepository;
        this.clock = clock;
        this.announcer = announcer;
    }

    /** For the CDI container's proxy only. */
    protected OrderSystemTransitions() {
    }

    @Transactional
    public Order paid(long orderId, String reference) {
        Order order = orderRepository.byIdForUpdate(orderId).orElseThrow();
        order.paid(reference, clock.instant());
        announcer.announce(order);
        return order;
    }

    /** Cancels a still-unpaid order and returns its stock. */
    @Transactional
    public Order failed(long orderId, String reason) {
        Order order = orderRepository.byIdForUpdate(orderId).orElseThrow();
        if (order.getState() == OrderState.PLACED) {
            order.failed(reason, clock.instant());
            for (OrderLine line : order.getLines()) {
                stock.release(line);
            }
            announcer.announce(order);
        }
        return order;
    }

    /**
     * Received orders nobody disputed within a week complete (and can no longer be refunded here).
     * Moved one by one through the entity, not by a bulk update, so each completion is announced
     * to order listeners like any other move; a batch per run keeps the transaction short.
     */
    @Transactional
    public int completeReceived() {
        List<Order> due = orderRepository.receivedBeforeForUpdate(clock.instant().minus(Duration.ofDays(7)), 500);
        for (Order o : due) {
            o.moveTo(OrderState.COMPLETED, clock.instant());
            announcer.announce(o);
        }
        return due.size();
    }
}
