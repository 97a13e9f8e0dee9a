-- inactive_since: when the starter first saw the webhook inactive at Webex (Webex turns a webhook off after 100 failed
--   deliveries in 5 minutes and never turns it back on). Reconciliation reactivates it no earlier than 5 minutes
--   after this, since one reactivated sooner is turned off again on its next failure. Cleared once it is active.
ALTER TABLE webex_webhook ADD COLUMN IF NOT EXISTS inactive_since TIMESTAMP WITH TIME ZONE;

-- Who reconciles the webhooks with Webex: the instance that moves claimed_until past now runs that pass, the others
-- skip it, so a lost webhook is recreated once across instances.
CREATE TABLE IF NOT EXISTS webex_webhook_reconcile (
	registration_id VARCHAR(100) NOT NULL,
	claimed_until TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT webex_webhook_reconcile_pk PRIMARY KEY (registration_id)
);
