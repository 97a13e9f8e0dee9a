-- Handled deliveries are remembered for a day (a redelivery comes within minutes), then forgotten by the
-- reconciliation pass; this index keeps that sweep from reading the whole table.
CREATE INDEX IF NOT EXISTS webex_webhook_delivery_received_ix ON webex_webhook_delivery (received_at);
