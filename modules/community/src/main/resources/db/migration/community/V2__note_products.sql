-- Products tagged in a note, in the order the creator placed them. No foreign key: products
-- live in the commerce module's tables, and a product that goes off sale simply stops showing.
CREATE TABLE cm_note_product (
    note_id    BIGINT NOT NULL REFERENCES cm_note (id),
    position   INT    NOT NULL,
    product_id BIGINT NOT NULL,
    PRIMARY KEY (note_id, position)
);
-- "Notes featuring this product", newest first, is answered from this index.
CREATE INDEX cm_note_product_ix ON cm_note_product (product_id, note_id);

-- A review note names the order line it reviews; the "verified purchase" badge rests on it.
ALTER TABLE cm_note ADD COLUMN review_order_id BIGINT;
ALTER TABLE cm_note ADD COLUMN review_sku_id BIGINT;
ALTER TABLE cm_note ADD COLUMN review_product_id BIGINT;
CREATE INDEX cm_note_review_ix ON cm_note (review_order_id, review_sku_id);
