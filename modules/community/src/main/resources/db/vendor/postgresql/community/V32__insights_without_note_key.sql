-- The insights flush adds a few thousand rows of note statistics every two seconds under load
-- (one per note read in the hour), and PostgreSQL checked each new row's foreign key to cm_note
-- by reading that note's row and locking it "for key share" until the flush committed: with
-- pg_stat_statements loaded, the flush's MERGE cost 31 us a row, half the database's CPU while
-- every reader asked for a different note, and in a copy of that table without the key the same
-- MERGE took about 30 % less time (modules/app/README.md, "A note drawn at random").
--
-- What the key guarded still holds: the flush's MERGE joins the notes and writes only sums of
-- notes that exist and are published (a client may report any id), and notes are never deleted
-- (a deleted note keeps its row in state DELETED, an erased person's notes are emptied in place);
-- from here on the database refuses to delete one, whoever asks. H2, the embedded default, keeps
-- the key. Versions are shared with db/migration/community: the next common migration is V33.
ALTER TABLE cm_note_stat DROP CONSTRAINT cm_note_stat_note_id_fkey;

CREATE FUNCTION cm_refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are never deleted: statistics and other rows name them', TG_TABLE_NAME;
END
$$;

CREATE TRIGGER cm_note_never_deleted BEFORE DELETE ON cm_note FOR EACH ROW EXECUTE FUNCTION cm_refuse_delete();
