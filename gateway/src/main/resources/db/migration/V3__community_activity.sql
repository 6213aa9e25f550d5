-- When each community's figures last changed (event time), maintained with the totals so that a
-- read does not scan the contribution history.
CREATE TABLE community_activity (
    community_code  varchar(100) PRIMARY KEY,
    last_event_time timestamptz  NOT NULL
);
INSERT INTO community_activity (community_code, last_event_time)
SELECT community_code, max(greatest(valid_from, coalesce(valid_to, valid_from))) FROM contribution GROUP BY community_code;
