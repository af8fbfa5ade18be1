-- Once, on upgrade: counters that two fixed bugs left wrong are set back to what their rows say.
-- Erasing an account deleted its likes, collects and comment likes and hid its comments without
-- taking them off other people's counts, and deleting a held comment took one off a count it was
-- never part of. The same statements as community's CountersFromRows (the repair after an unclean
-- H2 shutdown); here they run on H2 and PostgreSQL alike, before the first request, and write only
-- the rows whose counter is wrong.
UPDATE cm_note t SET like_count = (SELECT COUNT(*) FROM cm_note_like r WHERE r.note_id = t.id)
 WHERE t.like_count <> (SELECT COUNT(*) FROM cm_note_like r WHERE r.note_id = t.id);
UPDATE cm_note t SET collect_count = (SELECT COUNT(*) FROM cm_collect r WHERE r.note_id = t.id)
 WHERE t.collect_count <> (SELECT COUNT(*) FROM cm_collect r WHERE r.note_id = t.id);
UPDATE cm_note t SET comment_count = (SELECT COUNT(*) FROM cm_comment r WHERE r.note_id = t.id AND r.deleted = FALSE AND r.moderation = 'NONE')
 WHERE t.comment_count <> (SELECT COUNT(*) FROM cm_comment r WHERE r.note_id = t.id AND r.deleted = FALSE AND r.moderation = 'NONE');
UPDATE cm_comment t SET like_count = (SELECT COUNT(*) FROM cm_comment_like r WHERE r.comment_id = t.id)
 WHERE t.like_count <> (SELECT COUNT(*) FROM cm_comment_like r WHERE r.comment_id = t.id);
