-- Hash-chained audit log. cp_audit_head is a single row locked by every append so the chain
-- stays linear under concurrency on any database.
CREATE TABLE cp_audit_head (
    id         INT PRIMARY KEY,
    last_seq   BIGINT NOT NULL,
    last_hash  VARCHAR(64) NOT NULL
);
INSERT INTO cp_audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE cp_audit_entry (
    seq        BIGINT PRIMARY KEY,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id   BIGINT,
    action     VARCHAR(80) NOT NULL,
    target     VARCHAR(120) NOT NULL,
    detail     VARCHAR(500) NOT NULL,
    prev_hash  VARCHAR(64) NOT NULL,
    hash       VARCHAR(64) NOT NULL
);
