-- Hot searches and suggestions from counts, not from a row per search. The log kept every
-- search forever and the hot list counted a day of those rows on every call (173,412 rows:
-- 63-92 ms a call). Now each hour has one row per term: how many people searched it (a signed-in
-- person once a day, an anonymous search each time). The log keeps only signed-in people's
-- searches, which are their history.
CREATE TABLE cm_search_term_hour (
    term_key     VARCHAR(100) NOT NULL,
    hour_start   TIMESTAMP WITH TIME ZONE NOT NULL,
    term         VARCHAR(100) NOT NULL,
    searchers    BIGINT NOT NULL,
    PRIMARY KEY (term_key, hour_start)
);
CREATE INDEX cm_search_term_hour_recent ON cm_search_term_hour (hour_start, term_key);

-- The last month's searches, counted the way the hot list counted them until now, and folded
-- the new way: a full stop, question mark or quote around a term no longer makes another term
-- (community SearchHistory.key; two single-anchored replacements, as H2 and PostgreSQL differ on
-- a "replace all" flag).
INSERT INTO cm_search_term_hour (term_key, hour_start, term, searchers)
SELECT folded_key, hour_start, MAX(folded_term), COUNT(DISTINCT searcher)
  FROM (SELECT REGEXP_REPLACE(REGEXP_REPLACE(term_key, '^[ .,!?;:。，！？；：、…"''“”‘’]+', ''), '[ .,!?;:。，！？；：、…"''“”‘’]+$', '') AS folded_key,
               REGEXP_REPLACE(REGEXP_REPLACE(term, '^[ .,!?;:。，！？；：、…"''“”‘’]+', ''), '[ .,!?;:。，！？；：、…"''“”‘’]+$', '') AS folded_term,
               DATE_TRUNC('HOUR', created_at) AS hour_start,
               COALESCE(account_id, -id) AS searcher
          FROM cm_search_log
         WHERE created_at > CURRENT_TIMESTAMP - INTERVAL '31' DAY) searches
 WHERE folded_key <> ''
 GROUP BY folded_key, hour_start;

-- Rows nobody's history holds (anonymous searches, cleared histories) are counted now; the
-- histories' rows are folded the same way.
DELETE FROM cm_search_log WHERE account_id IS NULL;
UPDATE cm_search_log SET term_key = REGEXP_REPLACE(REGEXP_REPLACE(term_key, '^[ .,!?;:。，！？；：、…"''“”‘’]+', ''), '[ .,!?;:。，！？；：、…"''“”‘’]+$', '');
DELETE FROM cm_search_log WHERE term_key = '';
