-- Where each entity stands with the START platform, the SUAP network and the URP network (one row per entity
-- and service).
CREATE TABLE service_adhesion (
    id              varchar(100) PRIMARY KEY,
    community_code  varchar(100),
    istat_code      char(6),
    entity          varchar(200) NOT NULL,
    service         varchar(10)  NOT NULL,
    status          varchar(30)  NOT NULL,
    staff_trained   boolean,
    notes           text,
    source_document varchar(200),
    source_location varchar(500),
    since           date,
    since_source    varchar(20)  NOT NULL DEFAULT 'RECORDING_DATE',
    version         bigint       NOT NULL,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    CONSTRAINT service_adhesion_since CHECK ((since IS NULL) = (since_source = 'RECORDING_DATE'))
);

CREATE INDEX service_adhesion_without_community ON service_adhesion (istat_code) WHERE community_code IS NULL;
