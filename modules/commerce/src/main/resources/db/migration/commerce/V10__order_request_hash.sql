-- A fingerprint of what a checkout asked for (lines, address, coupon, payment method), stored
-- with its idempotency key: a retry with the same key and the same request replays the order,
-- the same key with a different request is refused instead of answering with the old order.
-- Orders placed before this column existed have none and replay as before.
ALTER TABLE co_order ADD COLUMN request_hash VARCHAR(64);
