-- Erasure takes a person's comment likes and the mentions of them off by who they are: the two
-- tables' keys begin with the comment and the note, so on PostgreSQL each of those two look-ups
-- read its whole table once per erasure (the plan audit's last two on growing tables; both grow
-- with every like of a comment and every @mention). H2 already indexes a foreign key's columns.
CREATE INDEX cm_comment_like_account_ix ON cm_comment_like (account_id);
CREATE INDEX cm_note_mention_account_ix ON cm_note_mention (account_id);
