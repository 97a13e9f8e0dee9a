-- One row per webhook registered at Webex for a person. registration_key is the random, URL-safe value in the
-- webhook's target URL (it names the row when a delivery arrives); secret holds the webhook's signing secret as AES-GCM
-- ciphertext under the token key ring (key_id names the key), as the grant's tokens are.
CREATE TABLE IF NOT EXISTS webex_webhook (
	registration_key VARCHAR(32) NOT NULL,
	registration_id VARCHAR(100) NOT NULL,
	person_id VARCHAR(255) NOT NULL,
	webhook_id VARCHAR(255),
	resource VARCHAR(64) NOT NULL,
	event VARCHAR(64) NOT NULL,
	filter VARCHAR(1000),
	key_id VARCHAR(32) NOT NULL,
	secret BYTEA NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT webex_webhook_pk PRIMARY KEY (registration_key)
);

CREATE INDEX IF NOT EXISTS webex_webhook_person_ix ON webex_webhook (person_id);

-- Deliveries already handled: Webex may deliver an event more than once, to any instance. Inserting a row that
-- already exists fails on the primary key, which is how a second delivery is recognised, across instances.
CREATE TABLE IF NOT EXISTS webex_webhook_delivery (
	registration_key VARCHAR(32) NOT NULL,
	delivery_id VARCHAR(255) NOT NULL,
	data_id VARCHAR(255) NOT NULL,
	event VARCHAR(64) NOT NULL,
	received_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT webex_webhook_delivery_pk PRIMARY KEY (registration_key, delivery_id, data_id, event)
);
