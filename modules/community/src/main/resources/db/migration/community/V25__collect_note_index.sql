-- Collects by note: the recount after an unclean shutdown (api.CountersFromRows) counts each note's
-- collects, which the primary key (account_id, note_id) cannot find without reading them all.
CREATE INDEX cm_collect_note_ix ON cm_collect (note_id);
