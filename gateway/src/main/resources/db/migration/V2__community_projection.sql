-- Replica of territory-service's communities, fed by territory.events.
CREATE TABLE community_projection (
    code            varchar(100) PRIMARY KEY,
    name            varchar(200) NOT NULL,
    kind            varchar(30)  NOT NULL,
    version         bigint       NOT NULL,
    last_event_time timestamptz  NOT NULL
);
