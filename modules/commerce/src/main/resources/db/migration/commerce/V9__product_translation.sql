-- Machine translations of listings the merchant wrote in one language only, cached per product
-- version (an edit makes a new one) and per provider, so a listing is translated once per edit.
CREATE TABLE co_product_translation (
    product_id   BIGINT        NOT NULL REFERENCES co_product (id),
    version      BIGINT        NOT NULL,
    target       VARCHAR(5)    NOT NULL,
    provider     VARCHAR(30)   NOT NULL,
    title        VARCHAR(400)  NOT NULL,
    description  VARCHAR(8000) NOT NULL,
    word_level   BOOLEAN       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (product_id, version, target, provider)
);
