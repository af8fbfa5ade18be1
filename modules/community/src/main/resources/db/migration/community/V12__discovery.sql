-- Discovery: the feed mode a person chose (NULL: the default their consent and age give), and
-- the notes they marked "not interested", which push similar notes down.
ALTER TABLE cm_account ADD COLUMN feed_mode VARCHAR(20);
CREATE TABLE cm_not_interested (
    account_id  BIGINT NOT NULL,
    note_id     BIGINT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, note_id)
);
