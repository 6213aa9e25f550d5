-- Idempotency-Key is scoped to its caller (the token's subject); records from before belong to no one.
ALTER TABLE idempotency_record ADD COLUMN caller varchar(200) NOT NULL DEFAULT '';
ALTER TABLE idempotency_record DROP CONSTRAINT idempotency_record_pkey;
ALTER TABLE idempotency_record ADD PRIMARY KEY (caller, idempotency_key, operation);

-- RetentionPurge deletes by age.
CREATE INDEX idempotency_record_created_at ON idempotency_record (created_at);
CREATE INDEX processed_event_processed_at ON processed_event (processed_at);
CREATE INDEX outbox_event_published_at ON outbox_event (published_at) WHERE published_at IS NOT NULL;
