package org.notegarden.community.internal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.notegarden.community.api.OrderNotice;

/**
 * Turns order moves into notifications for both sides: a new (paid) order for the merchant,
 * and for the buyer each step of its way (paid, shipped, completed, refunded, refund declined).
 */
@ApplicationScoped
public class OrderNotifications {
    Notifier notifier;

    @Inject
    public OrderNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    /** For the CDI container's proxy only. */
    protected OrderNotifications() {
    }

    void on(@Observes OrderNotice notice) {
        Notification.Kind kind = notice.toSeller() && "PAID".equals(notice.state())
                ? Notification.Kind.ORDER_NEW : Notification.Kind.ORDER_UPDATE;
        boolean declined = "REFUND_REQUESTED".equals(notice.previousState()) && !"REFUNDED".equals(notice.state());
        notifier.notifyPlatform(notice.recipientId(), kind, "ORDER:" + notice.orderId(), declined ? "REFUND_DECLINED" : notice.state());
    }
}
