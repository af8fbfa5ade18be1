-- Data exports are built once per cluster: a node claims a pending export (a conditional UPDATE
-- of claimed_until) before building it; a claim left by a node that died lapses after 30 minutes
-- and another node builds the export then.
ALTER TABLE cp_privacy_request ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;
