-- Newest-first lists (the latest feed, a profile's notes) read these indexes in order. H2 cannot
-- walk an ascending index backwards, so it read every published note and sorted it per page;
-- with the time and id descending in the index, it stops after a page. PostgreSQL reads either.
DROP INDEX cm_note_feed_ix;
CREATE INDEX cm_note_feed_ix ON cm_note (state, published_at DESC, id DESC);
DROP INDEX cm_note_author_ix;
CREATE INDEX cm_note_author_ix ON cm_note (author_id, state, published_at DESC, id DESC);
