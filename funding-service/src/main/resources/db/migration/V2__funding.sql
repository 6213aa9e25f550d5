-- Money: numeric(15,2), i.e. up to 13 integer digits and exactly two decimals.
-- Structured provenance (sources, legal acts, printed cells) is kept as jsonb beside each row.

CREATE TABLE funding_line (
    code        varchar(100) PRIMARY KEY,
    name        varchar(1000) NOT NULL,
    description varchar(4000),
    in_table1   boolean      NOT NULL DEFAULT false,
    table1_row  integer,
    section     varchar(30),
    source      jsonb,
    version     bigint       NOT NULL
);

CREATE TABLE allocation (
    id                     uuid          PRIMARY KEY,
    external_id            varchar(200)  UNIQUE,
    community_code         varchar(100)  NOT NULL,
    funding_line_code      varchar(100)  NOT NULL REFERENCES funding_line (code),
    title                  varchar(1000) NOT NULL,
    section                varchar(30)   NOT NULL,
    category               varchar(30),
    amount_assigned        numeric(15,2) NOT NULL CHECK (amount_assigned >= 0),
    -- Derived: the sum of the allocation's payments, written only by payment changes under a row lock.
    amount_paid            numeric(15,2) NOT NULL DEFAULT 0 CHECK (amount_paid >= 0),
    community_participates boolean       NOT NULL DEFAULT false,
    legal_acts             jsonb         NOT NULL DEFAULT '[]',
    programme_period       varchar(50),
    assigned_on            date,
    notes                  jsonb         NOT NULL DEFAULT '[]',
    source                 jsonb,
    provenance             jsonb,
    version                bigint        NOT NULL,
    CONSTRAINT allocation_paid_within_assigned CHECK (amount_paid <= amount_assigned)
);
CREATE INDEX allocation_by_community ON allocation (community_code, section);
CREATE INDEX allocation_by_line ON allocation (funding_line_code);

CREATE TABLE allocation_municipality (
    allocation_id uuid    NOT NULL REFERENCES allocation (id) ON DELETE CASCADE,
    istat_code    char(6) NOT NULL,
    position      integer NOT NULL,
    PRIMARY KEY (allocation_id, position)
);
CREATE INDEX allocation_municipality_by_code ON allocation_municipality (istat_code);

CREATE TABLE payment (
    id            uuid          PRIMARY KEY,
    external_id   varchar(200)  UNIQUE,
    allocation_id uuid          NOT NULL REFERENCES allocation (id),
    paid_on       date,
    amount        numeric(15,2) NOT NULL CHECK (amount >= 0),
    act           varchar(500),
    kind          varchar(20)   NOT NULL,
    details       jsonb,
    version       bigint        NOT NULL
);
CREATE INDEX payment_by_allocation ON payment (allocation_id);

CREATE TABLE declared_total (
    id                uuid          PRIMARY KEY,
    community_code    varchar(100),
    scope             varchar(30)   NOT NULL,
    funding_line_code varchar(100)  REFERENCES funding_line (code),
    amount            numeric(15,2) NOT NULL CHECK (amount >= 0),
    source            jsonb,
    note              varchar(4000),
    version           bigint        NOT NULL,
    -- One printed figure per (community, scope, line); null community = region, null line = all lines.
    CONSTRAINT declared_total_once UNIQUE NULLS NOT DISTINCT (community_code, scope, funding_line_code)
);

CREATE TABLE co_financing_project (
    code                   varchar(100)  PRIMARY KEY,
    title                  varchar(1000) NOT NULL,
    section                varchar(50),
    beneficiary            varchar(500),
    total_investment       numeric(15,2) NOT NULL CHECK (total_investment >= 0),
    contributions          jsonb         NOT NULL,
    difference_explanation varchar(4000),
    regional_own_funds     jsonb,
    procedural_steps       jsonb         NOT NULL DEFAULT '[]',
    details                jsonb,
    source                 jsonb,
    version                bigint        NOT NULL
);

CREATE TABLE funding_call (
    code             varchar(100)  PRIMARY KEY,
    title            varchar(2000) NOT NULL,
    target           varchar(500),
    budget           numeric(15,2) NOT NULL CHECK (budget >= 0),
    opens_on         date,
    deadline         date          NOT NULL,
    deadline_printed varchar(100),
    source           jsonb,
    version          bigint        NOT NULL
);

CREATE TABLE mandatory_requirement (
    code        varchar(100)  PRIMARY KEY,
    description varchar(1000) NOT NULL,
    source      jsonb,
    version     bigint        NOT NULL
);

CREATE TABLE requirement_status (
    id               varchar(201) PRIMARY KEY,  -- communityCode:requirementCode, the event key
    community_code   varchar(100) NOT NULL,
    requirement_code varchar(100) NOT NULL REFERENCES mandatory_requirement (code),
    met              boolean      NOT NULL,
    assessed_on      date,
    note             varchar(4000),
    source           jsonb,
    version          bigint       NOT NULL,
    UNIQUE (community_code, requirement_code)
);
