-- Community tables (prefix cm_). Portable SQL: runs unchanged on H2 and PostgreSQL.
-- Counters on cm_note/cm_comment are only ever changed by single UPDATE ... SET n = n + 1
-- statements next to the row that justifies them, which keeps them exact under concurrency.

CREATE SEQUENCE cm_id_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE cm_account (
    id              BIGINT PRIMARY KEY,
    handle          VARCHAR(30)  NOT NULL,
    handle_key      VARCHAR(30)  NOT NULL,
    email           VARCHAR(254) NOT NULL,
    email_key       VARCHAR(254) NOT NULL,
    password_hash   VARCHAR(200) NOT NULL,
    display_name    VARCHAR(80)  NOT NULL,
    bio             VARCHAR(800) NOT NULL,
    avatar_media_id BIGINT,
    roles           VARCHAR(100) NOT NULL,
    locale          VARCHAR(16),
    failed_logins   INT          NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT cm_account_handle_uq UNIQUE (handle_key),
    CONSTRAINT cm_account_email_uq UNIQUE (email_key)
);

CREATE TABLE cm_session (
    token_hash   VARCHAR(64) PRIMARY KEY,
    account_id   BIGINT      NOT NULL REFERENCES cm_account (id),
    csrf_token   VARCHAR(64) NOT NULL,
    kind         VARCHAR(10) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX cm_session_account_ix ON cm_session (account_id);

CREATE TABLE cm_media (
    id           BIGINT PRIMARY KEY,
    owner_id     BIGINT       NOT NULL REFERENCES cm_account (id),
    kind         VARCHAR(10)  NOT NULL,
    content_type VARCHAR(40)  NOT NULL,
    width        INT          NOT NULL,
    height       INT          NOT NULL,
    byte_size    BIGINT       NOT NULL,
    storage_key  VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE cm_note (
    id             BIGINT PRIMARY KEY,
    author_id      BIGINT        NOT NULL REFERENCES cm_account (id),
    title          VARCHAR(200)  NOT NULL,
    body           VARCHAR(8000) NOT NULL,
    kind           VARCHAR(10)   NOT NULL,
    state          VARCHAR(12)   NOT NULL,
    location_name  VARCHAR(200),
    like_count     INT           NOT NULL,
    collect_count  INT           NOT NULL,
    comment_count  INT           NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at   TIMESTAMP WITH TIME ZONE,
    version        BIGINT        NOT NULL
);
CREATE INDEX cm_note_feed_ix ON cm_note (state, published_at, id);
CREATE INDEX cm_note_author_ix ON cm_note (author_id, state, published_at);

CREATE TABLE cm_note_media (
    note_id  BIGINT NOT NULL REFERENCES cm_note (id),
    position INT    NOT NULL,
    media_id BIGINT NOT NULL REFERENCES cm_media (id),
    PRIMARY KEY (note_id, position)
);

CREATE TABLE cm_note_topic (
    note_id BIGINT      NOT NULL REFERENCES cm_note (id),
    topic   VARCHAR(40) NOT NULL,
    PRIMARY KEY (note_id, topic)
);
CREATE INDEX cm_note_topic_ix ON cm_note_topic (topic, note_id);

CREATE TABLE cm_note_mention (
    note_id    BIGINT NOT NULL REFERENCES cm_note (id),
    account_id BIGINT NOT NULL REFERENCES cm_account (id),
    PRIMARY KEY (note_id, account_id)
);

CREATE TABLE cm_note_like (
    note_id    BIGINT NOT NULL REFERENCES cm_note (id),
    account_id BIGINT NOT NULL REFERENCES cm_account (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (note_id, account_id)
);
CREATE INDEX cm_note_like_account_ix ON cm_note_like (account_id, created_at);

CREATE TABLE cm_board (
    id          BIGINT PRIMARY KEY,
    owner_id    BIGINT       NOT NULL REFERENCES cm_account (id),
    name        VARCHAR(120) NOT NULL,
    description VARCHAR(800) NOT NULL,
    is_private  BOOLEAN      NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX cm_board_owner_ix ON cm_board (owner_id);

-- A person collects a note once; the board it sits on is optional and can change.
CREATE TABLE cm_collect (
    account_id BIGINT NOT NULL REFERENCES cm_account (id),
    note_id    BIGINT NOT NULL REFERENCES cm_note (id),
    board_id   BIGINT REFERENCES cm_board (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, note_id)
);
CREATE INDEX cm_collect_board_ix ON cm_collect (board_id, created_at);

CREATE TABLE cm_comment (
    id                  BIGINT PRIMARY KEY,
    note_id             BIGINT        NOT NULL REFERENCES cm_note (id),
    author_id           BIGINT        NOT NULL REFERENCES cm_account (id),
    parent_id           BIGINT REFERENCES cm_comment (id),
    reply_to_account_id BIGINT REFERENCES cm_account (id),
    body                VARCHAR(2000) NOT NULL,
    like_count          INT           NOT NULL,
    reply_count         INT           NOT NULL,
    deleted             BOOLEAN       NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX cm_comment_note_ix ON cm_comment (note_id, parent_id, created_at);

CREATE TABLE cm_comment_like (
    comment_id BIGINT NOT NULL REFERENCES cm_comment (id),
    account_id BIGINT NOT NULL REFERENCES cm_account (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (comment_id, account_id)
);

CREATE TABLE cm_follow (
    follower_id BIGINT NOT NULL REFERENCES cm_account (id),
    followee_id BIGINT NOT NULL REFERENCES cm_account (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (follower_id, followee_id)
);
CREATE INDEX cm_follow_followee_ix ON cm_follow (followee_id, created_at);

CREATE TABLE cm_notification (
    id           BIGINT PRIMARY KEY,
    recipient_id BIGINT      NOT NULL REFERENCES cm_account (id),
    kind         VARCHAR(20) NOT NULL,
    actor_id     BIGINT      NOT NULL REFERENCES cm_account (id),
    note_id      BIGINT REFERENCES cm_note (id),
    comment_id   BIGINT REFERENCES cm_comment (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX cm_notification_recipient_ix ON cm_notification (recipient_id, id);
