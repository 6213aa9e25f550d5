-- The change feed: one row per applied change, written in the projection's transaction, so the log never
-- says more or less than the totals. A rebuild keeps it (see change_log_entity), so stored cursors stay valid.
CREATE TABLE change_log (
    position     bigint       PRIMARY KEY,
    entity_type  varchar(100) NOT NULL,
    entity_id    varchar(200) NOT NULL,
    version      bigint       NOT NULL,
    -- the latest business day whose figures the change moved (null when it moved none)
    business_time date,
    -- the event's time: when the owning service recorded the change
    recorded_at  timestamptz  NOT NULL,
    -- when the gateway applied it: what the retention window counts from
    logged_at    timestamptz  NOT NULL DEFAULT now(),
    communities  text[]       NOT NULL
);
CREATE INDEX change_log_logged_at ON change_log (logged_at);

-- The newest version logged per entity; never purged, and kept by a rebuild: a replayed version already
-- logged (even one past retention) is not logged again, so a client's cursor sees no repeat.
CREATE TABLE change_log_entity (
    entity_type varchar(100) NOT NULL,
    entity_id   varchar(200) NOT NULL,
    version     bigint       NOT NULL,
    PRIMARY KEY (entity_type, entity_id)
);

-- One row: the last position handed out, and the last one the retention purge removed (older cursors get 410).
CREATE TABLE change_log_head (
    id             boolean PRIMARY KEY DEFAULT true CHECK (id),
    last_position  bigint  NOT NULL,
    purged_through bigint  NOT NULL
);
INSERT INTO change_log_head (last_position, purged_through) VALUES (0, 0);
