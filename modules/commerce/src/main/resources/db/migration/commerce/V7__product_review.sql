-- A listing whose text screening held stays off sale until a moderator lets it through.
ALTER TABLE co_product ADD COLUMN held_for_review BOOLEAN DEFAULT FALSE NOT NULL;
