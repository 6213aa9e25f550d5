-- When a subscription last changed as its owner sees it (created, a delivery failed, deliveries recovered):
-- what ?updatedSince= on the list of subscriptions bounds, as on every other collection.
ALTER TABLE webhook_subscription ADD COLUMN updated_at timestamptz;
UPDATE webhook_subscription SET updated_at = created_at;
ALTER TABLE webhook_subscription ALTER COLUMN updated_at SET NOT NULL;
