-- Every rollout fact shares the same bookkeeping columns: the community resolved from the
-- territory replica at write time, the municipality (ISTAT code) when it is one, where the
-- figures come from, and the version that is both ETag and event version.

CREATE TABLE broadband (
    id                               varchar(100) PRIMARY KEY,  -- the municipality's ISTAT code
    community_code                   varchar(100),
    istat_code                       char(6)      NOT NULL,
    pa_connection                    jsonb,
    fibre_rtrt3                      jsonb,
    coverage                         varchar(30),
    coverage_target_year             int,
    digital_divide_level             int,
    zones_served                     jsonb        NOT NULL DEFAULT '[]',
    unservable_users                 int          CHECK (unservable_users >= 0),
    hospital_links                   jsonb        NOT NULL DEFAULT '[]',
    investment_local_connection      numeric(15,2) CHECK (investment_local_connection >= 0),
    investment_shared_infrastructure numeric(15,2) CHECK (investment_shared_infrastructure >= 0),
    notes                            text,
    source_document                  varchar(200),
    source_location                  varchar(500),
    version                          bigint       NOT NULL,
    created_at                       timestamptz  NOT NULL,
    updated_at                       timestamptz  NOT NULL
);
CREATE INDEX broadband_by_community ON broadband (community_code);

-- Every version of a municipality's broadband facts, as it was served, so past states stay readable.
CREATE TABLE broadband_history (
    seq         bigserial    PRIMARY KEY,
    istat_code  char(6)      NOT NULL,
    version     bigint       NOT NULL,
    recorded_at timestamptz  NOT NULL,
    deleted     boolean      NOT NULL DEFAULT false,
    state       text         NOT NULL
);
CREATE INDEX broadband_history_by_municipality ON broadband_history (istat_code, recorded_at);

CREATE TABLE community_broadband (
    id                               varchar(100) PRIMARY KEY,  -- the community code
    community_code                   varchar(100) NOT NULL,
    istat_code                       char(6),
    pa_connection                    jsonb,
    fibre_rtrt3                      jsonb,
    pa_investment                    numeric(15,2),
    pa_investment_period             varchar(200),
    investment_local_connection      numeric(15,2),
    investment_shared_infrastructure numeric(15,2),
    already_paid_before              numeric(15,2),
    already_paid_before_period       varchar(100),
    citizens_investment              numeric(15,2),
    total_investment                 numeric(15,2),
    additional_fibre_per_municipality numeric(15,2),
    additional_fibre_condition       varchar(500),
    status                           varchar(30),
    notes                            text,
    source_document                  varchar(200),
    source_location                  varchar(500),
    version                          bigint       NOT NULL,
    created_at                       timestamptz  NOT NULL,
    updated_at                       timestamptz  NOT NULL
);

CREATE TABLE nal_node (
    id               varchar(100) PRIMARY KEY,
    community_code   varchar(100),
    istat_code       char(6),
    host_entity      varchar(200) NOT NULL,
    host_entity_type varchar(30)  NOT NULL,
    user_entities    jsonb        NOT NULL DEFAULT '[]',
    status           varchar(30)  NOT NULL,
    uncertain        boolean      NOT NULL DEFAULT false,
    notes            text,
    source_document  varchar(200),
    source_location  varchar(500),
    version          bigint       NOT NULL,
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL
);
CREATE INDEX nal_node_by_community ON nal_node (community_code);

CREATE TABLE interpro_status (
    id                 varchar(100) PRIMARY KEY,
    community_code     varchar(100),
    istat_code         char(6),
    entity             varchar(200) NOT NULL,
    entity_type        varchar(30)  NOT NULL,
    status             varchar(30),
    messages_exchanged bigint       CHECK (messages_exchanged >= 0),
    messages_period    varchar(200),
    notes              text,
    source_document    varchar(200),
    source_location    varchar(500),
    version            bigint       NOT NULL,
    created_at         timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL
);
CREATE INDEX interpro_status_by_community ON interpro_status (community_code);

CREATE TABLE paas_point (
    id                varchar(100) PRIMARY KEY,
    community_code    varchar(100),
    istat_code        char(6)      NOT NULL,
    name              varchar(200),
    site_type         varchar(30),
    site_description  varchar(500),
    associations      jsonb        NOT NULL DEFAULT '[]',
    association_count int          CHECK (association_count >= 0),
    status            varchar(30)  NOT NULL,
    closure_reason    varchar(30),
    closed_on         date,
    status_since      date         NOT NULL,
    registered_users  bigint       NOT NULL DEFAULT 0 CHECK (registered_users >= 0),
    accesses          bigint       NOT NULL DEFAULT 0 CHECK (accesses >= 0),
    partial           boolean      NOT NULL DEFAULT false,
    reported_until    date,
    notes             text,
    source_document   varchar(200),
    source_location   varchar(500),
    version           bigint       NOT NULL,
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL
);
CREATE INDEX paas_point_by_community ON paas_point (community_code);
CREATE INDEX paas_point_by_municipality ON paas_point (istat_code);

CREATE TABLE paas_status_change (
    seq            bigserial    PRIMARY KEY,
    point_id       varchar(100) NOT NULL,
    status         varchar(30)  NOT NULL,
    closure_reason varchar(30),
    since          date         NOT NULL,
    recorded_at    timestamptz  NOT NULL
);
CREATE INDEX paas_status_change_by_point ON paas_status_change (point_id, since);

-- Append-only: a correction is a new row with the next revision of the same period.
CREATE TABLE paas_usage_report (
    seq              bigserial    PRIMARY KEY,
    id               varchar(100) NOT NULL UNIQUE,
    point_id         varchar(100) NOT NULL,
    period_start     date         NOT NULL,
    period_end       date         NOT NULL CHECK (period_end >= period_start),
    registered_users bigint       NOT NULL CHECK (registered_users >= 0),
    accesses         bigint       NOT NULL CHECK (accesses >= 0),
    partial          boolean      NOT NULL,
    correction       boolean      NOT NULL,
    revision         int          NOT NULL,
    notes            text,
    source_document  varchar(200),
    source_location  varchar(500),
    recorded_at      timestamptz  NOT NULL,
    UNIQUE (point_id, period_start, period_end, revision)
);
CREATE INDEX paas_usage_report_by_point ON paas_usage_report (point_id, period_end);

CREATE TABLE telecentre (
    id                    varchar(100) PRIMARY KEY,
    community_code        varchar(100),
    istat_code            char(6),
    phase                 varchar(20),
    status                varchar(30)  NOT NULL,
    location              varchar(500),
    managed_by            varchar(200),
    workstations          int CHECK (workstations >= 0),
    teacher_workstations  int CHECK (teacher_workstations >= 0),
    jobs_created          int CHECK (jobs_created >= 0),
    jobs_target           int CHECK (jobs_target >= 0),
    regional_funding      numeric(15,2) CHECK (regional_funding >= 0),
    total_project_cost    numeric(15,2) CHECK (total_project_cost >= 0),
    completion_target     varchar(100),
    notes                 text,
    source_document       varchar(200),
    source_location       varchar(500),
    version               bigint       NOT NULL,
    created_at            timestamptz  NOT NULL,
    updated_at            timestamptz  NOT NULL
);

CREATE TABLE voip_installation (
    id                    varchar(100) PRIMARY KEY,
    community_code        varchar(100),
    istat_code            char(6),
    entity                varchar(200) NOT NULL,
    status                varchar(30)  NOT NULL,
    switchboards          int CHECK (switchboards >= 0),
    terminals             int CHECK (terminals >= 0),
    terminals_approximate boolean      NOT NULL DEFAULT false,
    phase                 varchar(200),
    notes                 text,
    source_document       varchar(200),
    source_location       varchar(500),
    version               bigint       NOT NULL,
    created_at            timestamptz  NOT NULL,
    updated_at            timestamptz  NOT NULL
);

CREATE TABLE fore_gov_adhesion (
    id              varchar(100) PRIMARY KEY,
    community_code  varchar(100),
    istat_code      char(6),
    entity          varchar(200) NOT NULL,
    status          varchar(30)  NOT NULL,
    managers        int CHECK (managers >= 0),
    employees       int CHECK (employees >= 0),
    notes           text,
    source_document varchar(200),
    source_location varchar(500),
    version         bigint       NOT NULL,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL
);

CREATE TABLE justice_office (
    id              varchar(100) PRIMARY KEY,
    community_code  varchar(100),
    istat_code      char(6),
    office          varchar(200) NOT NULL,
    status          varchar(30)  NOT NULL,
    activation      varchar(10),
    magistrates     int CHECK (magistrates >= 0),
    lawyers         int CHECK (lawyers >= 0),
    accesses        bigint CHECK (accesses >= 0),
    accesses_since  date,
    target          varchar(500),
    notes           text,
    source_document varchar(200),
    source_location varchar(500),
    version         bigint       NOT NULL,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL
);
