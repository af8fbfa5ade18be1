-- Images also get WebP renditions (two grid widths, two detail widths) when FFmpeg is there, and
-- their average colour, which cards paint while the picture loads.
ALTER TABLE cm_media ADD COLUMN webp BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE cm_media ADD COLUMN color VARCHAR(7);
