-- The territorial register: community details, municipalities with their population series,
-- memberships with validity dates, and the places other services point at.

ALTER TABLE community
    ADD COLUMN provinces        varchar(2)[] NOT NULL DEFAULT '{}',
    ADD COLUMN legal_basis      varchar(200),
    ADD COLUMN homogeneous_zone varchar(100),
    ADD COLUMN notes            text;

CREATE TABLE municipality (
    istat_code varchar(6)   PRIMARY KEY CHECK (istat_code ~ '^[0-9]{6}$'),
    name       varchar(200) NOT NULL,
    province   varchar(2)   NOT NULL,
    version    bigint       NOT NULL,
    created_at timestamptz  NOT NULL DEFAULT now(),
    updated_at timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX municipality_province ON municipality (province);

-- A time series: a figure for a later date is added beside the earlier ones.
CREATE TABLE municipality_population (
    istat_code     varchar(6) NOT NULL REFERENCES municipality ON DELETE CASCADE,
    reference_date date       NOT NULL,
    population     integer    NOT NULL CHECK (population >= 0),
    PRIMARY KEY (istat_code, reference_date)
);

-- valid_to is inclusive; NULL means still valid. Overlaps of one municipality are refused by the
-- service while it holds the municipality row locked (see MembershipService).
CREATE TABLE membership (
    id             uuid         PRIMARY KEY,
    istat_code     varchar(6)   NOT NULL REFERENCES municipality,
    community_code varchar(100) NOT NULL REFERENCES community,
    valid_from     date         NOT NULL,
    valid_to       date,
    version        bigint       NOT NULL,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX membership_municipality ON membership (istat_code, valid_from);
CREATE INDEX membership_community ON membership (community_code, valid_from);

CREATE TABLE place (
    id         uuid         PRIMARY KEY,
    kind       varchar(30)  NOT NULL,
    name       varchar(200) NOT NULL,
    istat_code varchar(6)   NOT NULL REFERENCES municipality,
    address    varchar(300),
    version    bigint       NOT NULL,
    created_at timestamptz  NOT NULL DEFAULT now(),
    updated_at timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX place_municipality ON place (istat_code);
