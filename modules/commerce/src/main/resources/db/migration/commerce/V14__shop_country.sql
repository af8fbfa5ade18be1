-- The country a shop ships from (ISO 3166 alpha-2). Optional: shops that opened before it was
-- asked keep NULL, and checkout then asks the buyer to choose rather than guessing.
ALTER TABLE co_shop ADD COLUMN country VARCHAR(2);
