package org.notegarden.commerce.internal.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.notegarden.commerce.internal.CommerceMessages;
import org.notegarden.commerce.internal.shop.Shop;
import org.notegarden.commerce.internal.shop.ShopRepository;
import org.notegarden.platform.api.FieldError;
import org.notegarden.platform.api.Message;
import org.notegarden.platform.api.ProblemException;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.TextLength;

/**
 * What buyers and merchants do with an order after checkout, each step checked against the
 * state machine and against who is asking: only the buyer cancels, confirms receipt or asks
 * for a refund; only the shop's owner ships and decides refunds. Each runs in its own
 * transaction with the order row locked.
 */
@ApplicationScoped
public class OrderPartyActions {
    Stock stock;
    Clock clock;
    OrderAnnouncer announcer;

    ShopRepository shopRepository;

    OrderRepository orderRepository;

    @Inject
    public OrderPartyActions(Stock stock, Clock clock, OrderAnnouncer announcer, ShopRepository shopRepository, OrderRepository orderRepository) {
        this.stock = stock;
        this.orderRepository = orderRepository;
        this.shopRepository = shopRepository;
        this.clock = clock;
        this.announcer = announcer;
    }

    /** For the CDI container's proxy only. */
    protected OrderPartyActions() {
    }

    /** An order the caller bought or sold, to read; others' orders look missing. */
    public Order visibleTo(long callerId, long orderId) {
        // others' orders do not exist for you
        return orderRepository.byId(orderId)
                .filter(o -> o.getBuyerId() == callerId || shopRepository.of(o.getShopId()).getOwnerId() == callerId)
                .orElseThrow(() -> Problems.notFound("orderId", CommerceMessages.ORDER_N_DOES_NOT_EXIST, orderId));
    }

    /** An order the caller takes part in, locked; others' orders look missing. */
    Order lockForParty(long orderId, long callerId, boolean asSeller) {
        Order o = orderRepository.byIdForUpdate(orderId)
                .orElseThrow(() -> Problems.notFound("orderId", CommerceMessages.ORDER_N_DOES_NOT_EXIST, orderId));
        Shop shop = shopRepository.of(o.getShopId());
        boolean buyer = o.getBuyerId() == callerId;
        boolean seller = shop.getOwnerId() == callerId;
        if (!buyer && !seller) {
            throw Problems.notFound("orderId", CommerceMessages.ORDER_N_DOES_NOT_EXIST, orderId);
        }
        if (asSeller && !seller) {
            throw Problems.forbidden(CommerceMessages.ONLY_SELLER_DOES);
        }
        if (!asSeller && !buyer) {
            throw Problems.forbidden(CommerceMessages.ONLY_BUYER_DOES);
        }
        return o;
    }

    static ProblemException wrongState(Order o, String action) {
        return new ProblemException(409, Problems.BASE + "order-state",
                Message.of(CommerceMessages.NOT_POSSIBLE_NOW_TITLE),
                        Message.of(CommerceMessages.ORDER_IS_N_IT_CANNOT_BE_N, o.getState(), action),
                List.of(new FieldError("state", Message.verbatim(o.getState().name()))), null);
    }

    @Transactional
    public Order ship(long merchantId, long orderId, String carrier, String tracking) {
        Order o = lockForParty(orderId, merchantId, true);
        String c = carrier == null ? "" : carrier.strip();
        String t = tracking == null ? "" : tracking.strip();
        if (c.isEmpty() || TextLength.of(c) > 60) {
            throw Problems.invalid("carrier", CommerceMessages.MUST_BE_1_60_CHARACTERS);
        }
        if (t.isEmpty() || TextLength.of(t) > 100) {
            throw Problems.invalid("trackingNumber", CommerceMessages.MUST_BE_1_100_CHARACTERS);
        }
        if (o.getState() != OrderState.PAID) {
            throw wrongState(o, "shipped");
        }
        o.shipped(c, t, clock.instant());
        announcer.announce(o);
        return o;
    }

    @Transactional
    public Order confirmReceipt(long buyerId, long orderId) {
        Order o = lockForParty(orderId, buyerId, false);
        if (o.getState() != OrderState.SHIPPED || !o.moveTo(OrderState.RECEIVED, clock.instant())) {
            throw wrongState(o, "confirmed as received");
        }
        announcer.announce(o);
        return o;
    }

    @Transactional
    public Order requestRefund(long buyerId, long orderId, String reason) {
        Order o = lockForParty(orderId, buyerId, false);
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty() || TextLength.of(r) > 500) {
            throw Problems.invalid("reason", CommerceMessages.TELL_SELLER_WHY_IN_1_500_CHARACTERS);
        }
        if (!o.getState().canMoveTo(OrderState.REFUND_REQUESTED)) {
            throw wrongState(o, "refunded");
        }
        o.refundRequested(r, clock.instant());
        announcer.announce(o);
        return o;
    }

    @Transactional
    public Order denyRefund(long merchantId, long orderId) {
        Order o = lockForParty(orderId, merchantId, true);
        if (o.getState() != OrderState.REFUND_REQUESTED) {
            throw wrongState(o, "denied a refund");
        }
        o.refundDenied(clock.instant());
        announcer.announce(o);
        return o;
    }

    /** Checks before a refund or a paid cancellation goes to the payment provider. */
    @Transactional
    public Order checkRefundable(long callerId, long orderId, boolean asSeller) {
        Order o = lockForParty(orderId, callerId, asSeller);
        if (asSeller ? o.getState() != OrderState.REFUND_REQUESTED
                : !(o.getState() == OrderState.PLACED || o.getState() == OrderState.PAID)) {
            throw wrongState(o, asSeller ? "refunded" : "cancelled");
        }
        return o;
    }

    /** After the provider refunded: REFUNDED (or CANCELLED for a buyer's cancel); stock returns if nothing shipped. */
    @Transactional
    public Order refunded(long orderId, boolean cancellation) {
        Order o = orderRepository.byIdForUpdate(orderId).orElseThrow();
        boolean shipped = o.getState() == OrderState.REFUND_REQUESTED && o.getRefundFrom() != OrderState.PAID;
        boolean moved = o.moveTo(cancellation ? OrderState.CANCELLED : OrderState.REFUNDED, clock.instant());
        if (moved && !shipped) {
            for (OrderLine line : o.getLines()) {
                stock.release(line);
            }
        }
        announcer.announce(o);
        return o;
    }
}
