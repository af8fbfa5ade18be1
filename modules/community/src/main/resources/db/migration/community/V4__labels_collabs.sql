-- Honest labels on notes: a sponsored note names its brand; a note may be declared AI-generated.
-- sponsor_by_platform marks a label the platform applied (a brand collaboration): its author
-- cannot remove it.
ALTER TABLE cm_note ADD COLUMN sponsor_name VARCHAR(60);
ALTER TABLE cm_note ADD COLUMN sponsor_by_platform BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE cm_note ADD COLUMN ai_generated BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE cm_note ADD COLUMN collab_id BIGINT;

-- Brand–creator collaborations: a merchant invites a creator; the creator accepts or declines.
CREATE TABLE cm_collab (
    id               BIGINT PRIMARY KEY,
    brand_account_id BIGINT        NOT NULL REFERENCES cm_account (id),
    brand_name       VARCHAR(60)   NOT NULL,
    creator_id       BIGINT        NOT NULL REFERENCES cm_account (id),
    brief            VARCHAR(4000) NOT NULL,
    compensation     VARCHAR(800)  NOT NULL,
    product_ids      VARCHAR(400)  NOT NULL,
    state            VARCHAR(12)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE,
    version          BIGINT        NOT NULL
);
CREATE INDEX cm_collab_brand_ix ON cm_collab (brand_account_id, id);
CREATE INDEX cm_collab_creator_ix ON cm_collab (creator_id, id);
CREATE INDEX cm_note_collab_ix ON cm_note (collab_id);
