-- Events a consumer could not apply after its retries: parked here with the error, so that the rest of
-- the partition goes on; region-admin lists them and replays them once the cause is fixed.
CREATE TABLE dead_letter_event (
    id             bigserial    PRIMARY KEY,
    consumer_group varchar(200) NOT NULL,
    topic          varchar(100) NOT NULL,
    partition_no   int          NOT NULL,
    record_offset  bigint       NOT NULL,
    record_key     text,
    record_value   text,
    error          text         NOT NULL,
    parked_at      timestamptz  NOT NULL DEFAULT now(),
    replayed_at    timestamptz,
    UNIQUE (consumer_group, topic, partition_no, record_offset)
);
