package org.notegarden.commerce.internal.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One order event waiting in the outbox for the plugins' order listeners (see
 * {@link OrderEventRelay}). Written in the transaction that changed the order; done once every
 * listening plugin took it or was given up on. Ids grow with time, so id order is event order.
 */
@Entity
@Table(name = "co_order_event")
public class OrderEventRecord {
    /** After this many failed attempts a plugin is given up on for this event (about a day of retries). */
    static final int MAX_ATTEMPTS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "co_order_event")
    @SequenceGenerator(name = "co_order_event", sequenceName = "co_order_event_seq", allocationSize = 1)
    private Long id;
    @Column(name = "event_id", nullable = false, updatable = false)
    private String eventId;
    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;
    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;
    @Column(nullable = false, updatable = false)
    private String state;
    @Column(name = "total_minor", nullable = false, updatable = false)
    private long totalMinor;
    @Column(nullable = false, updatable = false)
    private String currency;
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;
    /** The plugins the shop had switched off when it happened, comma-separated. */
    @Column(name = "plugins_off", nullable = false, updatable = false)
    private String pluginsOff;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt", nullable = false)
    private Instant nextAttempt;
    @Column(name = "done_at")
    private Instant doneAt;

    protected OrderEventRecord() {
    }

    OrderEventRecord(long orderId, long shopId, OrderState state, long totalMinor, String currency, Instant occurredAt,
                     Set<String> pluginsOff) {
        this.eventId = UUID.randomUUID().toString();
        this.orderId = orderId;
        this.shopId = shopId;
        this.state = state.name();
        this.totalMinor = totalMinor;
        this.currency = currency;
        this.occurredAt = occurredAt;
        this.pluginsOff = pluginsOff.stream().sorted().collect(Collectors.joining(","));
        this.nextAttempt = occurredAt;
    }

    /** A plugin did not take it: try again later, each time waiting longer (1 s, 2 s, 4 s … at most 2 h). */
    void failedAttempt(Instant now) {
        attempts++;
        long wait = Math.min(7200, 1L << Math.min(attempts, 13));
        nextAttempt = now.plus(Duration.ofSeconds(wait));
    }

    boolean givenUp() {
        return attempts >= MAX_ATTEMPTS;
    }

    void done(Instant now) {
        doneAt = now;
    }

    Set<String> pluginsOff() {
        return pluginsOff.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(pluginsOff.split(",")));
    }

    public Long getId() { return id; }
    public String getEventId() { return eventId; }
    public long getOrderId() { return orderId; }
    public long getShopId() { return shopId; }
    public String getState() { return state; }
    public long getTotalMinor() { return totalMinor; }
    public String getCurrency() { return currency; }
    public Instant getOccurredAt() { return occurredAt; }
    public int getAttempts() { return attempts; }
    public Instant getDoneAt() { return doneAt; }
}
