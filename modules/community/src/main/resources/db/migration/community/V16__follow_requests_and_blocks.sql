-- Following a private profile asks its owner first; the owner approves or declines.
CREATE TABLE cm_follow_request (
    requester_id BIGINT NOT NULL REFERENCES cm_account (id),
    target_id    BIGINT NOT NULL REFERENCES cm_account (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (requester_id, target_id)
);
CREATE INDEX cm_follow_request_target_ix ON cm_follow_request (target_id, created_at);

-- A blocked person cannot see, follow, comment on or mention the one who blocked them.
CREATE TABLE cm_block (
    blocker_id BIGINT NOT NULL REFERENCES cm_account (id),
    blocked_id BIGINT NOT NULL REFERENCES cm_account (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (blocker_id, blocked_id)
);
CREATE INDEX cm_block_blocked_ix ON cm_block (blocked_id);
