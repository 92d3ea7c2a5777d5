-- Bumped by every password change or reset: a token carries the version it was issued under and is refused once
-- the account's version has moved on (tokens issued before a password change stop working at once).
ALTER TABLE account ADD COLUMN token_version INTEGER NOT NULL DEFAULT 0;
