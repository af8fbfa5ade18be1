-- Catalog: products in one or both languages, their images (community media, by id) and SKUs.
-- Stock is a plain column changed only by guarded UPDATEs; the CHECK makes overselling
-- impossible even if a guard were ever forgotten.
CREATE TABLE co_product (
    id              BIGINT PRIMARY KEY,
    shop_id         BIGINT        NOT NULL REFERENCES co_shop (id),
    title_en        VARCHAR(240),
    title_zh        VARCHAR(240),
    description_en  VARCHAR(8000) NOT NULL,
    description_zh  VARCHAR(8000) NOT NULL,
    category        VARCHAR(20)   NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL
);
CREATE INDEX co_product_shop_ix ON co_product (shop_id, status, id);

CREATE TABLE co_product_image (
    product_id BIGINT NOT NULL REFERENCES co_product (id),
    position   INT    NOT NULL,
    media_id   BIGINT NOT NULL,
    PRIMARY KEY (product_id, position)
);

CREATE TABLE co_sku (
    id          BIGINT PRIMARY KEY,
    product_id  BIGINT       NOT NULL REFERENCES co_product (id),
    code        VARCHAR(64)  NOT NULL,
    options     VARCHAR(400) NOT NULL,
    price_minor BIGINT       NOT NULL,
    stock       INT          NOT NULL,
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT co_sku_code_uq UNIQUE (product_id, code),
    CONSTRAINT co_sku_stock_ck CHECK (stock >= 0),
    CONSTRAINT co_sku_price_ck CHECK (price_minor > 0)
);
