-- The tiers of China's AI labelling measures: media with traces of a known generator but no
-- standard label ("suspected"), notes labelled so by the platform, and which implicit label the
-- platform last wrote into a medium's renditions (tier and content id), so it is written once.
ALTER TABLE cm_media ADD COLUMN ai_suspected BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE cm_media ADD COLUMN implicit_label VARCHAR(60);
ALTER TABLE cm_note ADD COLUMN ai_suspected_platform BOOLEAN DEFAULT FALSE NOT NULL;
