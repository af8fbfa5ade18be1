-- What moderation did to notes, comments and accounts (compliance decides, community applies).
-- Notes: state HELD (awaiting review) and REMOVED join DRAFT/PUBLISHED/DELETED.
ALTER TABLE cm_note ADD COLUMN age_restricted BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE cm_note ADD COLUMN demoted BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE cm_note ADD COLUMN moderation_label BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE cm_note ADD COLUMN statement_id BIGINT;
-- Comments: NONE, HELD or REMOVED; hidden from everyone but the author unless NONE.
ALTER TABLE cm_comment ADD COLUMN moderation VARCHAR(10) DEFAULT 'NONE' NOT NULL;
ALTER TABLE cm_account ADD COLUMN suspended_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE cm_account ADD COLUMN terminated BOOLEAN DEFAULT FALSE NOT NULL;
