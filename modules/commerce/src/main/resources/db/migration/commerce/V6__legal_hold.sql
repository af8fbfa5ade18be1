-- Orders of an erased buyer are kept for tax and consumer law under a legal hold until this date.
ALTER TABLE co_order ADD COLUMN legal_hold_until TIMESTAMP WITH TIME ZONE;
