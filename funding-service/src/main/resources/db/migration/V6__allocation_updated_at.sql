-- The recording time of an allocation's last change (its own or a payment's), for the ERP's reconciliation
-- report (issue 17). Rows recorded before this migration count as last changed when they were recorded.
ALTER TABLE allocation ADD COLUMN updated_at timestamptz;
UPDATE allocation SET updated_at = created_at;
ALTER TABLE allocation ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX allocation_by_external_id_prefix ON allocation (external_id text_pattern_ops);
