-- (DAY and HOUR are reserved words in H2, hence stat_day and stat_hour.)
-- Content performance, aggregated: how many of each event a note had per UTC hour, by the
-- viewer's coarse region and UI locale. No viewer ids are stored, so nobody can be told who
-- read what. Rows are added to by the insights flusher (UPDATE n = n + ?, else INSERT).
CREATE TABLE cm_note_stat (
    note_id      BIGINT      NOT NULL REFERENCES cm_note (id),
    stat_day     DATE        NOT NULL,
    stat_hour    SMALLINT    NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    region       VARCHAR(8)  NOT NULL,
    locale       VARCHAR(8)  NOT NULL,
    currency     VARCHAR(3)  NOT NULL,
    n            BIGINT      NOT NULL,
    amount_minor BIGINT      NOT NULL,
    PRIMARY KEY (note_id, stat_day, stat_hour, kind, region, locale, currency)
);
CREATE INDEX cm_note_stat_day_ix ON cm_note_stat (stat_day, note_id);

-- Per-account daily events that belong to no note (followers gained).
CREATE TABLE cm_account_stat (
    account_id BIGINT      NOT NULL REFERENCES cm_account (id),
    stat_day   DATE        NOT NULL,
    kind       VARCHAR(20) NOT NULL,
    n          BIGINT      NOT NULL,
    PRIMARY KEY (account_id, stat_day, kind)
);
