-- WebP copies of an image are made in the background, by the same job table as videos: the
-- upload answers as soon as its JPEGs are stored, and a node that dies while making them leaves
-- a job that another claims once its lease lapses. Existing rows are video jobs.
ALTER TABLE cm_media_job ADD COLUMN kind VARCHAR(8) DEFAULT 'VIDEO' NOT NULL;
DROP INDEX cm_media_job_due_ix;
CREATE INDEX cm_media_job_due_ix ON cm_media_job (kind, state, claimed_until);
