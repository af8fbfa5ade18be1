-- Signed webhooks: merchants (and admins, platform-wide) register HTTPS endpoints for events.
-- An event is written once (co_webhook_event) in the transaction where it happened, with one
-- delivery per endpoint that listens for it: this pair is the outbox, and a poller sends it from
-- its own thread, never from inside the buying transaction. Each try is logged with its answer.
CREATE TABLE co_webhook_endpoint (
    id           BIGINT        NOT NULL PRIMARY KEY,
    shop_id      BIGINT,                          -- NULL: platform-wide, registered by an admin
    url          VARCHAR(2000) NOT NULL,
    description  VARCHAR(200)  NOT NULL,
    events       VARCHAR(1000) NOT NULL,          -- comma-separated event types
    secret       VARCHAR(100)  NOT NULL,          -- the HMAC key; shown to its owner once
    active       BOOLEAN       NOT NULL,
    created_by   BIGINT        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX co_webhook_endpoint_shop_ix ON co_webhook_endpoint (shop_id);
CREATE SEQUENCE co_webhook_endpoint_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE co_webhook_event (
    event_id     VARCHAR(36)   NOT NULL PRIMARY KEY,
    type         VARCHAR(40)   NOT NULL,
    shop_id      BIGINT        NOT NULL,
    payload      VARCHAR(16000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE co_webhook_delivery (
    id              BIGINT       NOT NULL PRIMARY KEY,
    endpoint_id     BIGINT       NOT NULL REFERENCES co_webhook_endpoint (id) ON DELETE CASCADE,
    event_id        VARCHAR(36)  NOT NULL REFERENCES co_webhook_event (event_id),
    state           VARCHAR(10)  NOT NULL,        -- PENDING, DELIVERED, FAILED
    attempts        INT          NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until   TIMESTAMP WITH TIME ZONE,
    give_up_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_status     INT,
    last_error      VARCHAR(500),
    last_attempt_at TIMESTAMP WITH TIME ZONE,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    replay_of       BIGINT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX co_webhook_delivery_due_ix ON co_webhook_delivery (state, next_attempt_at);
CREATE INDEX co_webhook_delivery_endpoint_ix ON co_webhook_delivery (endpoint_id, id);
CREATE SEQUENCE co_webhook_delivery_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE co_webhook_attempt (
    id           BIGINT       NOT NULL PRIMARY KEY,
    delivery_id  BIGINT       NOT NULL REFERENCES co_webhook_delivery (id) ON DELETE CASCADE,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status       INT,                             -- NULL: no HTTP answer (refused, timed out)
    error        VARCHAR(500),
    duration_ms  BIGINT       NOT NULL
);
CREATE INDEX co_webhook_attempt_delivery_ix ON co_webhook_attempt (delivery_id, id);
CREATE SEQUENCE co_webhook_attempt_seq START WITH 1 INCREMENT BY 1;
