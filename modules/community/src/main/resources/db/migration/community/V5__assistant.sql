-- What the content assistant suggested to whom (titles and adapted texts, normalised), kept
-- 30 days, so a note that uses a suggestion is labelled AI-assisted even if the client forgets
-- to say so. The label, once on a note, stays.
CREATE TABLE cm_assist_suggestion (
    id         BIGINT PRIMARY KEY,
    account_id BIGINT        NOT NULL REFERENCES cm_account (id),
    text_norm  VARCHAR(4000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX cm_assist_suggestion_ix ON cm_assist_suggestion (account_id, created_at);
ALTER TABLE cm_note ADD COLUMN ai_assisted BOOLEAN DEFAULT FALSE NOT NULL;
