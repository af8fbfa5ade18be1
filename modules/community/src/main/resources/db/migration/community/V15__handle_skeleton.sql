-- The confusable skeleton of each handle (ICU SpoofChecker, '.' and '_' alike, lower case), so
-- a new handle that looks like an existing one (lily_chen. , l1ly_chen, lily.chen) is refused.
-- Rows from before this column are filled in at start-up (HandleSkeletons).
ALTER TABLE cm_account ADD COLUMN handle_skeleton VARCHAR(120);
CREATE INDEX cm_account_handle_skeleton_ix ON cm_account (handle_skeleton);
