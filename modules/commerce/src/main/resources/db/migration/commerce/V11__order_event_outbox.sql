-- Order events for plugins leave through this outbox: a row is written in the same transaction
-- as the order change, so an event can neither be lost (a crash after the commit) nor announce
-- a change that was rolled back. A poller delivers them in order per order, at least once, and
-- records each plugin's delivery, so a listener that failed is retried without telling the
-- others twice. event_id is what listeners deduplicate on.
CREATE TABLE co_order_event (
    id            BIGINT       NOT NULL PRIMARY KEY,
    event_id      VARCHAR(36)  NOT NULL,
    order_id      BIGINT       NOT NULL REFERENCES co_order (id),
    shop_id       BIGINT       NOT NULL,
    state         VARCHAR(20)  NOT NULL,
    total_minor   BIGINT       NOT NULL,
    currency      VARCHAR(3)   NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    plugins_off   VARCHAR(2000) NOT NULL,
    attempts      INT          NOT NULL,
    next_attempt  TIMESTAMP WITH TIME ZONE NOT NULL,
    done_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT co_order_event_uq UNIQUE (event_id)
);
CREATE INDEX co_order_event_pending_ix ON co_order_event (done_at, next_attempt, id);
CREATE SEQUENCE co_order_event_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE co_order_event_delivery (
    event_id      VARCHAR(36)  NOT NULL,
    plugin_id     VARCHAR(100) NOT NULL,
    delivered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome       VARCHAR(20)  NOT NULL,
    PRIMARY KEY (event_id, plugin_id)
);
