-- Commerce tables (prefix co_). Shops: an application with trader details, decided by an admin.
CREATE SEQUENCE co_id_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE co_shop (
    id                   BIGINT PRIMARY KEY,
    owner_id             BIGINT        NOT NULL,
    name                 VARCHAR(160)  NOT NULL,
    description          VARCHAR(2000) NOT NULL,
    logo_media_id        BIGINT,
    currency             VARCHAR(3)    NOT NULL,
    legal_name           VARCHAR(400)  NOT NULL,
    address              VARCHAR(1000) NOT NULL,
    contact_email        VARCHAR(254)  NOT NULL,
    contact_phone        VARCHAR(40)   NOT NULL,
    registration_number  VARCHAR(100)  NOT NULL,
    self_certified       BOOLEAN       NOT NULL,
    status               VARCHAR(12)   NOT NULL,
    decision_reason      VARCHAR(1000),
    decided_by           BIGINT,
    decided_at           TIMESTAMP WITH TIME ZONE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT        NOT NULL,
    -- one shop per person: an applicant edits and resubmits rather than opening a second one
    CONSTRAINT co_shop_owner_uq UNIQUE (owner_id)
);
CREATE INDEX co_shop_status_ix ON co_shop (status, created_at);
