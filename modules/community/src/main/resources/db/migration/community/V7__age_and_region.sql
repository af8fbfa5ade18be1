-- Sign-up asks a date of birth (neutral age gate); the region policy that applied at sign-up
-- decides who is a minor. System accounts (first admin, demo) have neither.
ALTER TABLE cm_account ADD COLUMN birth_date DATE;
ALTER TABLE cm_account ADD COLUMN region_id VARCHAR(10);
