-- Every collection answers ?updatedSince=: each aggregate row carries the time of its last change, set by
-- the application on every insert and update. A row stored before counts as changed when it was recorded,
-- or, where that is not known, now.
ALTER TABLE allocation ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
UPDATE allocation SET updated_at = created_at;
ALTER TABLE payment ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
UPDATE payment SET updated_at = created_at;
ALTER TABLE declared_total ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
UPDATE declared_total SET updated_at = created_at;
ALTER TABLE funding_line ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE co_financing_project ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE funding_call ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE mandatory_requirement ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE requirement_status ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
