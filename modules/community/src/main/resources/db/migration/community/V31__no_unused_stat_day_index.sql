-- cm_note_stat_day_ix (stat_day, note_id) came with the insights (V3) and no query has used it:
-- the dashboards read a note's days by note_id and stat_day, which the primary key begins with.
-- Every new row of a note and hour still had to be added to it by the insights flush, the busiest
-- writer of the table (one row per note read in the hour).
DROP INDEX cm_note_stat_day_ix;
