-- Videos are transcoded in the background (FFmpeg): a medium is PROCESSING until its MP4 and
-- poster are stored, then READY (or FAILED, with the reason on its job). Older videos stay READY
-- as they were stored. duration_ms is known once processed.
ALTER TABLE cm_media ADD COLUMN state VARCHAR(12) DEFAULT 'READY' NOT NULL;
ALTER TABLE cm_media ADD COLUMN duration_ms BIGINT;

-- One processing job per video, claimed for a while by the node that runs it (claimed_until is
-- renewed as it makes progress), so a job whose node died is taken up again after the lease,
-- once per cluster.
CREATE TABLE cm_media_job (
    media_id      BIGINT       NOT NULL PRIMARY KEY REFERENCES cm_media (id) ON DELETE CASCADE,
    state         VARCHAR(10)  NOT NULL,   -- QUEUED, RUNNING, DONE, FAILED
    attempts      INT          NOT NULL,
    progress      INT          NOT NULL,   -- 0-100
    claimed_until TIMESTAMP WITH TIME ZONE,
    error         VARCHAR(500),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX cm_media_job_due_ix ON cm_media_job (state, claimed_until);
