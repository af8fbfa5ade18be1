-- A buyer's saved addresses; at most one is the default that checkout starts with.
CREATE TABLE co_address (
    id          BIGINT PRIMARY KEY,
    owner_id    BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    phone       VARCHAR(120) NOT NULL,
    line        VARCHAR(800) NOT NULL,
    city        VARCHAR(200) NOT NULL,
    region      VARCHAR(200) NOT NULL,
    postal      VARCHAR(80)  NOT NULL,
    country     VARCHAR(2)   NOT NULL,
    is_default  BOOLEAN      NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX co_address_owner_ix ON co_address (owner_id, id);
