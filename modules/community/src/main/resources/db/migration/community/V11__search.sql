-- Search: a private profile's notes stay out of the index's public results, so the setting is
-- copied onto each note (kept in step when the author changes it).
ALTER TABLE cm_note ADD COLUMN author_private BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE cm_note SET author_private = TRUE
 WHERE author_id IN (SELECT id FROM cm_account WHERE private_profile = TRUE);

-- What people searched for: their own history (until they clear it, which only unlinks the
-- rows) and, counted without names, the hot-searches list.
CREATE TABLE cm_search_log (
    id          BIGINT PRIMARY KEY,
    account_id  BIGINT,
    term        VARCHAR(100) NOT NULL,
    term_key    VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX cm_search_log_account ON cm_search_log (account_id, created_at);
CREATE INDEX cm_search_log_recent ON cm_search_log (created_at, term_key);
