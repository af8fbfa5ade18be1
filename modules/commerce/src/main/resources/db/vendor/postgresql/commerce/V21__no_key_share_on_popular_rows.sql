-- An order line named its variant, and an order its shop, through foreign keys. PostgreSQL checks
-- such a key by locking the row it points at "for key share" until the inserting transaction ends.
-- In a sale every buyer's checkout does that to the same two rows, the popular variant (which
-- each of them is also updating) and its shop, so each row's lock is shared by many transactions
-- at once: PostgreSQL records every new sharer in a new "multixact", and each later read or update
-- of the row looks its members up. Measured with 32 buyers of one variant on two cores (app
-- README, checkout benchmark): the variant's read took 652 us and the line's insert 261 us; without
-- the variant's key 31 and 26 us, and 510 -> 607 orders/s; without the shop's as well 619 orders/s,
-- PostgreSQL's CPU per order 1.94 -> 1.44 ms.
--
-- What the keys guarded still holds: variants and shops are never deleted (a dropped variant is
-- deactivated, because orders name it; a shop is rejected, never removed), and from here on the
-- database refuses to delete either, whoever asks. An order's lines and its shop are read in the
-- transaction that writes the order. H2, the embedded default, keeps both keys: it has no such cost.
-- Versions are shared with db/migration/commerce: the next common migration is V22.
ALTER TABLE co_order_line DROP CONSTRAINT co_order_line_sku_id_fkey;
ALTER TABLE co_order DROP CONSTRAINT co_order_shop_id_fkey;

CREATE FUNCTION co_refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are never deleted: orders name them', TG_TABLE_NAME;
END
$$;

CREATE TRIGGER co_sku_never_deleted BEFORE DELETE ON co_sku FOR EACH ROW EXECUTE FUNCTION co_refuse_delete();
CREATE TRIGGER co_shop_never_deleted BEFORE DELETE ON co_shop FOR EACH ROW EXECUTE FUNCTION co_refuse_delete();
