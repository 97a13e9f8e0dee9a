-- What the vault needs to lose nothing and to let unused grants go:
-- unreadable_since: the row failed authenticated decryption under a configured key (tampered or damaged). It is
--   kept, never deleted, until a new GRANT replaces it; the user is asked to GRANT again meanwhile.
-- refresh_failing_since: when the current run of failed refreshes began (cleared by a successful one).
-- last_used_at: when the app last used the grant for its user (recorded at most once a day); grants unused for
--   WEBEX_GRANT_IDLE_DAYS are no longer refreshed in the background and are removed once their refresh token lapses.
ALTER TABLE webex_grant ADD COLUMN IF NOT EXISTS unreadable_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE webex_grant ADD COLUMN IF NOT EXISTS refresh_failing_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE webex_grant ADD COLUMN IF NOT EXISTS last_used_at TIMESTAMP WITH TIME ZONE;
UPDATE webex_grant SET last_used_at = updated_at WHERE last_used_at IS NULL;
ALTER TABLE webex_grant ALTER COLUMN last_used_at SET NOT NULL;
