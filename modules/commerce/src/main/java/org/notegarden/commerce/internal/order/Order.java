package org.notegarden.commerce.internal.order;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An order from one buyer to one shop. State changes only through {@link #moveTo}. */
@Entity(name = "ShopOrder") // "Order" is an SQL and JPQL keyword
@Table(name = "co_order")
public class Order {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "co_id")
    @SequenceGenerator(name = "co_id", sequenceName = "co_id_seq", allocationSize = 50)
    private Long id;
    @Column(name = "buyer_id", nullable = false)
    private long buyerId;
    @Column(name = "shop_id", nullable = false)
    private long shopId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderState state;
    @Column(nullable = false)
    private String currency;
    @Column(name = "subtotal_minor", nullable = false)
    private long subtotalMinor;
    @Column(name = "total_minor", nullable = false)
    private long totalMinor;
    @Column(nullable = false)
    private String breakdown;
    @Column(name = "ship_name", nullable = false)
    private String shipName;
    @Column(name = "ship_phone", nullable = false)
    private String shipPhone;
    @Column(name = "ship_line", nullable = false)
    private String shipLine;
    @Column(name = "ship_city", nullable = false)
    private String shipCity;
    @Column(name = "ship_region", nullable = false)
    private String shipRegion;
    @Column(name = "ship_postal", nullable = false)
    private String shipPostal;
    @Column(name = "ship_country", nullable = false)
    private String shipCountry;
    @Column(name = "idempotency_key", nullable = false)
    private String idempotencyKey;
    @Column(name = "request_hash")
    private String requestHash;
    @Column(name = "payment_provider", nullable = false)
    private String paymentProvider;
    @Column(name = "payment_reference")
    private String paymentReference;
    @Column(name = "failure_reason")
    private String failureReason;
    private String carrier;
    @Column(name = "tracking_number")
    private String trackingNumber;
    @Column(name = "refund_reason")
    private String refundReason;
    /** The state a refund request came from, to return to when the merchant denies it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "refund_from")
    private OrderState refundFrom;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "co_order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    private List<OrderLine> lines = new ArrayList<>();

    /** The state last announced as an {@link OrderChanged} (null for a new order); not a column. */
    @jakarta.persistence.Transient
    private OrderState announcedState;

    protected Order() {
    }

    @jakarta.persistence.PostLoad
    void loaded() {
        announcedState = state;
    }

    /**
     * The state announced before, if the state changed since it was loaded or last announced
     * (marking the new one announced); empty when there is nothing new. A new order's previous
     * state is empty too, so callers check {@link #getState()} for PLACED.
     */
    java.util.Optional<java.util.Optional<OrderState>> takeUnannouncedState() {
        if (state == announcedState) {
            return java.util.Optional.empty();
        }
        OrderState before = announcedState;
        announcedState = state;
        return java.util.Optional.of(java.util.Optional.ofNullable(before));
    }

    Order(long buyerId, long shopId, CheckoutRules.ValidCheckout c, List<OrderLine> lines, String currency,
          long subtotalMinor, long totalMinor, String breakdown, Instant now, Instant expiresAt) {
        this.buyerId = buyerId;
        this.shopId = shopId;
        this.state = OrderState.PLACED;
        this.currency = currency;
        this.subtotalMinor = subtotalMinor;
        this.totalMinor = totalMinor;
        this.breakdown = breakdown;
        this.shipName = c.shipTo().name();
        this.shipPhone = c.shipTo().phone();
        this.shipLine = c.shipTo().line();
        this.shipCity = c.shipTo().city();
        this.shipRegion = c.shipTo().region();
        this.shipPostal = c.shipTo().postalCode();
        this.shipCountry = c.shipTo().country();
        this.idempotencyKey = c.idempotencyKey();
        this.requestHash = c.requestHash();
        this.paymentProvider = c.paymentMethod();
        this.lines.addAll(lines);
        this.createdAt = now;
        this.updatedAt = now;
        this.expiresAt = expiresAt;
    }

    /** Moves to {@code next} if the state machine allows it; false otherwise (nothing changes). */
    boolean moveTo(OrderState next, Instant now) {
        if (!state.canMoveTo(next)) {
            return false;
        }
        state = next;
        updatedAt = now;
        return true;
    }

    void paid(String reference, Instant now) {
        if (moveTo(OrderState.PAID, now)) {
            paymentReference = reference;
        }
    }

    void failed(String reason, Instant now) {
        if (moveTo(OrderState.CANCELLED, now)) {
            failureReason = reason.length() > 500 ? reason.substring(0, 500) : reason;
        }
    }

    void shipped(String carrier, String trackingNumber, Instant now) {
        if (moveTo(OrderState.SHIPPED, now)) {
            this.carrier = carrier;
            this.trackingNumber = trackingNumber;
        }
    }

    void refundRequested(String reason, Instant now) {
        OrderState from = state;
        if (moveTo(OrderState.REFUND_REQUESTED, now)) {
            this.refundFrom = from;
            this.refundReason = reason;
        }
    }

    /** The merchant said no: back to where the request came from. */
    void refundDenied(Instant now) {
        if (state == OrderState.REFUND_REQUESTED) {
            moveTo(refundFrom, now);
        }
    }

    public Long getId() { return id; }
    public String getCarrier() { return carrier; }
    public String getTrackingNumber() { return trackingNumber; }
    public String getRefundReason() { return refundReason; }
    public OrderState getRefundFrom() { return refundFrom; }
    public long getBuyerId() { return buyerId; }
    public long getShopId() { return shopId; }
    public OrderState getState() { return state; }
    public String getCurrency() { return currency; }
    public long getSubtotalMinor() { return subtotalMinor; }
    public long getTotalMinor() { return totalMinor; }
    public String getBreakdown() { return breakdown; }
    public String getShipCountry() { return shipCountry; }
    /** Where the parcel goes, as the buyer gave it at checkout. */
    public CheckoutRules.ShipTo getShipTo() {
        return new CheckoutRules.ShipTo(shipName, shipPhone, shipLine, shipCity, shipRegion, shipPostal, shipCountry);
    }
    public String getIdempotencyKey() { return idempotencyKey; }
    /** What the checkout asked for (see {@link CheckoutRules.ValidCheckout#requestHash()}); null for old orders. */
    public String getRequestHash() { return requestHash; }
    public String getPaymentProvider() { return paymentProvider; }
    public String getPaymentReference() { return paymentReference; }
    public String getFailureReason() { return failureReason; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public List<OrderLine> getLines() { return List.copyOf(lines); }
}
