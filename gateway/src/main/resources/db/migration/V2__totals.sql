-- Maintained totals at their finest grain. A read sums a few hundred rows at most, however many
-- allocations or points stand behind them; an event changes only the rows its aggregate touches.
CREATE TABLE total_cell (
    community_code varchar(100)   NOT NULL,
    family         varchar(20)    NOT NULL,           -- money | paas | broadband | cart
    section        varchar(30)    NOT NULL DEFAULT '',
    period         varchar(20)    NOT NULL DEFAULT '',
    line           varchar(60)    NOT NULL DEFAULT '',
    category       varchar(30)    NOT NULL DEFAULT '',
    istat_code     varchar(6)     NOT NULL DEFAULT '',
    status         varchar(30)    NOT NULL DEFAULT '',
    measure        varchar(30)    NOT NULL,
    value          numeric(17, 2) NOT NULL,
    PRIMARY KEY (community_code, family, section, period, line, category, istat_code, status, measure)
);

-- What each source aggregate contributes (or contributed) to the totals, with its validity:
-- the current row is subtracted when the next version arrives; the closed rows answer ?asOf=.
CREATE TABLE contribution (
    id             bigserial    PRIMARY KEY,
    aggregate_type varchar(100) NOT NULL,
    aggregate_id   varchar(200) NOT NULL,
    community_code varchar(100) NOT NULL,
    valid_from     timestamptz  NOT NULL,
    valid_to       timestamptz,
    cells          jsonb        NOT NULL
);
CREATE UNIQUE INDEX contribution_current ON contribution (aggregate_type, aggregate_id) WHERE valid_to IS NULL;
CREATE INDEX contribution_by_community ON contribution (community_code, valid_from);

-- Printed totals (declared by the documents), replicated from funding.events.
CREATE TABLE declared_total (
    id                varchar(200)   PRIMARY KEY,
    community_code    varchar(100),
    scope             varchar(30)    NOT NULL,
    funding_line_code varchar(60),
    amount            numeric(15, 2) NOT NULL,
    source_document   varchar(200),
    source_location   varchar(200),
    note              text,
    last_event_time   timestamptz    NOT NULL
);
CREATE INDEX declared_total_by_community ON declared_total (community_code);
