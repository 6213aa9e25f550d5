-- Business time beside recording time (issue 13). Every fact now counts from the date it took effect in
-- the world (business time) and is known from the time its event was recorded (recording time).
-- The old projections counted by recording time only: they are dropped and rebuilt from the topics.

DROP TABLE contribution;
DROP TABLE declared_total;
TRUNCATE total_cell, community_activity;
ALTER TABLE total_cell ALTER COLUMN section DROP DEFAULT, ALTER COLUMN period DROP DEFAULT,
    ALTER COLUMN line DROP DEFAULT, ALTER COLUMN category DROP DEFAULT, ALTER COLUMN istat_code DROP DEFAULT,
    ALTER COLUMN status DROP DEFAULT;

-- What each source aggregate contributes: its segments, each a cell value holding over a business-time
-- interval [valid_from, valid_to). A new version replaces them (or, for a fact stated "since" a date,
-- the part from that date on); the difference goes to the cells below, in the same transaction.
CREATE TABLE contribution (
    aggregate_type varchar(100) NOT NULL,
    aggregate_id   varchar(200) NOT NULL,
    segments       jsonb        NOT NULL,
    PRIMARY KEY (aggregate_type, aggregate_id)
);

-- The cells per business day: the sum of the current segments' changes dated that day. A value as of a
-- date is the sum of a cell's days up to it; a series over time groups the days. total_cell keeps the
-- sum over all days, for the plain current read.
CREATE TABLE cell_day (
    community_code varchar(100)   NOT NULL,
    family         varchar(20)    NOT NULL,
    section        varchar(30)    NOT NULL,
    period         varchar(20)    NOT NULL,
    line           varchar(60)    NOT NULL,
    category       varchar(30)    NOT NULL,
    istat_code     varchar(6)     NOT NULL,
    status         varchar(30)    NOT NULL,
    measure        varchar(30)    NOT NULL,
    effective_on   date           NOT NULL,
    value          numeric(17, 2) NOT NULL,
    PRIMARY KEY (community_code, family, section, period, line, category, istat_code, status, measure, effective_on)
);

-- Recording time: every change to cell_day, filed under the second its event was recorded (rounded up,
-- so a figure is never shown as known before it was). What was known at an instant is the sum of the
-- changes recorded by then; summed over all instants this table equals cell_day.
CREATE TABLE cell_revision (
    community_code varchar(100)   NOT NULL,
    family         varchar(20)    NOT NULL,
    section        varchar(30)    NOT NULL,
    period         varchar(20)    NOT NULL,
    line           varchar(60)    NOT NULL,
    category       varchar(30)    NOT NULL,
    istat_code     varchar(6)     NOT NULL,
    status         varchar(30)    NOT NULL,
    measure        varchar(30)    NOT NULL,
    effective_on   date           NOT NULL,
    recorded_at    timestamptz    NOT NULL,
    value          numeric(17, 2) NOT NULL,
    PRIMARY KEY (community_code, family, section, period, line, category, istat_code, status, measure, effective_on,
                 recorded_at)
);
CREATE INDEX cell_revision_by_recording ON cell_revision (community_code, recorded_at);

-- Printed totals with their document's date, one row per recorded version (recorded_to set when the next
-- version or the deletion was recorded), so both time axes can be asked of them.
CREATE TABLE declared_total (
    id                   varchar(200)   NOT NULL,
    recorded_from        timestamptz    NOT NULL,
    recorded_to          timestamptz,
    community_code       varchar(100),
    scope                varchar(30)    NOT NULL,
    label                varchar(200),
    funding_line_code    varchar(60),
    amount               numeric(15, 2) NOT NULL,
    document_date        date           NOT NULL,
    document_date_source varchar(20)    NOT NULL,
    source_document      varchar(200),
    source_location      varchar(200),
    note                 text,
    PRIMARY KEY (id, recorded_from)
);
CREATE UNIQUE INDEX declared_total_current ON declared_total (id) WHERE recorded_to IS NULL;
CREATE INDEX declared_total_by_community ON declared_total (community_code);

-- A change of the projections' shape asks for a replay of the topics at the next start (the consumer's
-- committed offsets would otherwise skip what the new tables never saw). Cleared by the rebuild itself.
CREATE TABLE projection_rebuild_request (
    requested_by varchar(100) PRIMARY KEY,
    requested_at timestamptz  NOT NULL DEFAULT now()
);
INSERT INTO projection_rebuild_request (requested_by) VALUES ('V5__business_time');
