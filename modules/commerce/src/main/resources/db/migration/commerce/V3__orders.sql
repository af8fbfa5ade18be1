-- Orders. An order copies what was bought (title, options, unit price) so later
-- catalog edits never rewrite history; its price breakdown is kept as the buyer saw it.

CREATE TABLE co_order (
    id                BIGINT PRIMARY KEY,
    buyer_id          BIGINT        NOT NULL,
    shop_id           BIGINT        NOT NULL REFERENCES co_shop (id),
    state             VARCHAR(20)   NOT NULL,
    currency          VARCHAR(3)    NOT NULL,
    subtotal_minor    BIGINT        NOT NULL,
    total_minor       BIGINT        NOT NULL,
    breakdown         VARCHAR(8000) NOT NULL,
    ship_name         VARCHAR(200)  NOT NULL,
    ship_phone        VARCHAR(40)   NOT NULL,
    ship_line         VARCHAR(400)  NOT NULL,
    ship_city         VARCHAR(100)  NOT NULL,
    ship_region       VARCHAR(100)  NOT NULL,
    ship_postal       VARCHAR(20)   NOT NULL,
    ship_country      VARCHAR(2)    NOT NULL,
    idempotency_key   VARCHAR(100)  NOT NULL,
    payment_provider  VARCHAR(100)  NOT NULL,
    payment_reference VARCHAR(200),
    failure_reason    VARCHAR(500),
    carrier           VARCHAR(60),
    tracking_number   VARCHAR(100),
    refund_reason     VARCHAR(500),
    refund_from       VARCHAR(20),
    expires_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT co_order_idem_uq UNIQUE (buyer_id, idempotency_key)
);
CREATE INDEX co_order_buyer_ix ON co_order (buyer_id, id);
CREATE INDEX co_order_shop_ix ON co_order (shop_id, id);
CREATE INDEX co_order_expiry_ix ON co_order (state, expires_at);

CREATE TABLE co_order_line (
    order_id         BIGINT       NOT NULL REFERENCES co_order (id),
    line_no          INT          NOT NULL,
    sku_id           BIGINT       NOT NULL REFERENCES co_sku (id),
    product_id       BIGINT       NOT NULL,
    title            VARCHAR(240) NOT NULL,
    options          VARCHAR(400) NOT NULL,
    quantity         INT          NOT NULL,
    unit_price_minor BIGINT       NOT NULL,
    note_id          BIGINT,
    PRIMARY KEY (order_id, line_no)
);
