-- Local replica of the territorial register, fed by territory.events, for services that must
-- resolve communities and memberships without calling territory-service on their read path.
-- A service opts in by adding db/territory-replica to quarkus.flyway.locations.
CREATE TABLE replica_community (
    code            varchar(100) PRIMARY KEY,
    name            varchar(200) NOT NULL,
    kind            varchar(30)  NOT NULL,
    provinces       varchar(100),
    version         bigint       NOT NULL,
    last_event_time timestamptz  NOT NULL
);

CREATE TABLE replica_municipality (
    istat_code      char(6)      PRIMARY KEY,
    name            varchar(200) NOT NULL,
    province        char(2),
    population      integer,
    population_date date
);

CREATE TABLE replica_membership (
    id             varchar(100) PRIMARY KEY,
    istat_code     char(6)      NOT NULL,
    community_code varchar(100) NOT NULL,
    valid_from     date         NOT NULL,
    valid_to       date
);
CREATE INDEX replica_membership_by_municipality ON replica_membership (istat_code, valid_from);
CREATE INDEX replica_membership_by_community ON replica_membership (community_code, valid_from);
