-- An e-mail address belongs to an account once its owner proved it by a link sent there. Until
-- then several sign-ups may name the same address, so sign-up never tells anyone whether an
-- address is registered; only verified addresses are unique, log in and receive password resets.
-- Accounts from before count as verified.
ALTER TABLE cm_account ADD COLUMN email_verified_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE cm_account ADD COLUMN verified_email_key VARCHAR(254);
UPDATE cm_account SET verified_email_key = email_key, email_verified_at = created_at;
ALTER TABLE cm_account DROP CONSTRAINT cm_account_email_uq;
ALTER TABLE cm_account ADD CONSTRAINT cm_account_verified_email_uq UNIQUE (verified_email_key);
CREATE INDEX cm_account_email_ix ON cm_account (email_key);

-- One-time links sent by e-mail (verify the address, reset the password): only their SHA-256 is kept.
CREATE TABLE cm_account_token (
    token_hash  VARCHAR(64)  NOT NULL PRIMARY KEY,
    account_id  BIGINT       NOT NULL REFERENCES cm_account (id),
    purpose     VARCHAR(20)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX cm_account_token_account_ix ON cm_account_token (account_id, purpose);
