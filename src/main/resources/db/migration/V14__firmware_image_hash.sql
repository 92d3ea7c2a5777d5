-- The SHA-256 of the downloaded firmware image as it was written (and fsynced): an installation checks the image
-- against it first, so an image damaged while the station was off (a torn write, a bad block) is never installed.
ALTER TABLE firmware_update ADD COLUMN image_sha256 TEXT;
