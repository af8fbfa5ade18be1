-- Moderation outcomes reach people as notifications: no actor (the platform decided), the
-- decision or outcome word, and the statement of reasons to read.
ALTER TABLE cm_notification ALTER COLUMN actor_id DROP NOT NULL;
ALTER TABLE cm_notification ADD COLUMN detail VARCHAR(40);
ALTER TABLE cm_notification ADD COLUMN statement_id BIGINT;
ALTER TABLE cm_notification ADD COLUMN subject VARCHAR(20);
