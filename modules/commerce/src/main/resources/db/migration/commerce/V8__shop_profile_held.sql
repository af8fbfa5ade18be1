-- A shop whose name or description screening held (or a moderator removed) shows a neutral
-- name and no description to others until it is reviewed or edited.
ALTER TABLE co_shop ADD COLUMN profile_held BOOLEAN DEFAULT FALSE NOT NULL;
