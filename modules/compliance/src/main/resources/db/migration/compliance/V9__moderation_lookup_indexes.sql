-- Look-ups on tables that grow with every notice, appeal and strike, which read the whole table
-- without these (found by the app's plan-audit.sh): a new notice counts its notifier's earlier
-- unfounded notices by e-mail address when filed without an account (anyone may file, so a
-- flood of notices read the table once per notice); the moderators' queue of undecided appeals
-- by language, oldest first; the strikes a reversed decision withdraws.
CREATE INDEX cp_notice_email_ix ON cp_notice (notifier_email, outcome, outcome_at);
CREATE INDEX cp_appeal_open_ix ON cp_appeal (outcome, language, created_at, id);
CREATE INDEX cp_strike_case_ix ON cp_strike (case_id);
