-- Machine translations, cached per content version and provider, so a note is translated once
-- per edit however many readers ask; and translations the author wrote, which take precedence.
CREATE TABLE cm_translation (
    kind        VARCHAR(10)   NOT NULL,
    subject_id  BIGINT        NOT NULL,
    version     BIGINT        NOT NULL,
    target      VARCHAR(5)    NOT NULL,
    provider    VARCHAR(30)   NOT NULL,
    title       VARCHAR(400)  NOT NULL,
    body        VARCHAR(8000) NOT NULL,
    word_level  BOOLEAN       NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kind, subject_id, version, target, provider)
);
CREATE TABLE cm_note_translation (
    note_id     BIGINT        NOT NULL REFERENCES cm_note (id),
    lang        VARCHAR(5)    NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    body        VARCHAR(8000) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (note_id, lang)
);
