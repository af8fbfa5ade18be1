-- The cart: one row per variant a person means to buy, with the note they came from (attribution).
CREATE TABLE co_cart_item (
    account_id BIGINT NOT NULL,
    sku_id     BIGINT NOT NULL REFERENCES co_sku (id),
    quantity   INT    NOT NULL,
    note_id    BIGINT,
    added_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, sku_id),
    CONSTRAINT co_cart_qty_ck CHECK (quantity > 0 AND quantity <= 99)
);
