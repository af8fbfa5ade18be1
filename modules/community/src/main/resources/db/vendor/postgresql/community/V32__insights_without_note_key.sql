-- The insights flush adds a row of note statistics for every note first read in an hour (the long
-- tail of notes, read once or twice an hour, is nearly all new rows), and PostgreSQL checked each
-- new row's foreign key to cm_note by reading that note's row and locking it "for key share" until
-- the flush committed; a note liked meanwhile then has its lock shared by two transactions, which
-- PostgreSQL records as a "multixact" that later reads of the row look up (what commerce's V21
-- found on popular variants). In a copy of the table with 100,000 notes, a MERGE of 18,000 new rows
-- took 326-366 ms with the key and 196-265 ms without (EXPLAIN ANALYZE). Rows already there are not
-- checked, so the endpoint benchmark, where every note is read again within seconds, shows no
-- change (modules/app/README.md, "A note drawn at random").
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
