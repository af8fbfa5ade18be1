-- What a statement of reasons needs for the DSA Transparency Database, and the outbox that
-- submits it there.
ALTER TABLE cp_statement ADD COLUMN content_types VARCHAR(120);
ALTER TABLE cp_statement ADD COLUMN territorial_scope VARCHAR(200);
ALTER TABLE cp_statement ADD COLUMN keyword VARCHAR(80);

CREATE TABLE cp_tdb_submission (
    statement_id     BIGINT        PRIMARY KEY REFERENCES cp_statement (id),
    state            VARCHAR(14)   NOT NULL,
    attempts         INT           NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until    TIMESTAMP WITH TIME ZONE,
    tdb_uuid         VARCHAR(64),
    error            VARCHAR(4000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX cp_tdb_submission_due_ix ON cp_tdb_submission (state, next_attempt_at);
