-- IP location labels (region-policy granularity: "CN-GD" or "FR"), stamped at write time.
-- Never an address: the IP itself is not stored anywhere.
ALTER TABLE cm_account ADD COLUMN ip_location VARCHAR(8);
ALTER TABLE cm_note ADD COLUMN ip_location VARCHAR(8);
ALTER TABLE cm_comment ADD COLUMN ip_location VARCHAR(8);
