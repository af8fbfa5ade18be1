-- Every coupon redemption, recorded with its order in the order's transaction: the audit trail
-- of who redeemed which code for how much, and the counts that pricing hands to promotions so
-- that per-buyer and total limits hold. Orders cancelled later give their redemption back (the
-- counts leave cancelled orders out).
CREATE TABLE co_coupon_redemption (
    order_id     BIGINT       NOT NULL REFERENCES co_order (id),
    code         VARCHAR(60)  NOT NULL,
    shop_id      BIGINT       NOT NULL,
    buyer_id     BIGINT       NOT NULL,
    amount_minor BIGINT       NOT NULL,
    currency     VARCHAR(3)   NOT NULL,
    redeemed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (order_id, code)
);
CREATE INDEX co_coupon_redemption_shop_ix ON co_coupon_redemption (shop_id, code, buyer_id);
