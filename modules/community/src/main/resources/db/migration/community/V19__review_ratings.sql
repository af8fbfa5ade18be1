-- The stars a verified review gives its product (optional, 1-5), kept apart from the note: only
-- reviews have them, and a product's rating is read from here and the notes still published.
CREATE TABLE cm_review_rating (
    note_id    BIGINT   PRIMARY KEY REFERENCES cm_note (id),
    product_id BIGINT   NOT NULL,
    rating     SMALLINT NOT NULL,
    CONSTRAINT cm_review_rating_ck CHECK (rating BETWEEN 1 AND 5)
);
CREATE INDEX cm_review_rating_product_ix ON cm_review_rating (product_id);
