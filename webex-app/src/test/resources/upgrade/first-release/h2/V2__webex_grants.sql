-- One row per (registration, Webex person id). Token columns hold AES-GCM ciphertext only (see TokenCipher);
-- key_id names the key that encrypted them, version is bumped on every write for compare-and-set.
CREATE TABLE webex_grant (
	registration_id VARCHAR(100) NOT NULL,
	person_id VARCHAR(255) NOT NULL,
	key_id VARCHAR(32) NOT NULL,
	access_token BLOB NOT NULL,
	access_token_issued_at TIMESTAMP WITH TIME ZONE,
	access_token_expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
	refresh_token BLOB,
	refresh_token_issued_at TIMESTAMP WITH TIME ZONE,
	refresh_token_expires_at TIMESTAMP WITH TIME ZONE,
	scopes VARCHAR(1000) NOT NULL,
	version BIGINT NOT NULL,
	refresh_failures INT DEFAULT 0 NOT NULL,
	next_refresh_attempt_at TIMESTAMP WITH TIME ZONE,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT webex_grant_pk PRIMARY KEY (registration_id, person_id)
);

CREATE INDEX webex_grant_access_expiry_ix ON webex_grant (access_token_expires_at);
