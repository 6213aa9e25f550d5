-- Shared by every service (shipped in the platform jar, located by quarkus.flyway.locations).
-- Service migrations start at V2.

-- Transactional outbox: written in the business transaction, published by OutboxRelay.
CREATE TABLE outbox_event (
    seq          bigserial    PRIMARY KEY,
    id           uuid         NOT NULL UNIQUE,
    topic        varchar(100) NOT NULL,
    aggregate_id varchar(200) NOT NULL,
    event_type   varchar(200) NOT NULL,
    envelope     text         NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    published_at timestamptz
);
CREATE INDEX outbox_event_unpublished ON outbox_event (seq) WHERE published_at IS NULL;

-- Idempotent consumer: every event id applied, in the projection's transaction.
CREATE TABLE processed_event (
    event_id     uuid         PRIMARY KEY,
    topic        varchar(100) NOT NULL,
    processed_at timestamptz  NOT NULL DEFAULT now()
);

-- Newest version applied per aggregate, so stale deliveries are ignored.
CREATE TABLE aggregate_version (
    aggregate_type varchar(100) NOT NULL,
    aggregate_id   varchar(200) NOT NULL,
    version        bigint       NOT NULL,
    PRIMARY KEY (aggregate_type, aggregate_id)
);

-- Idempotency-Key on POST and bulk calls: same key + same body → the first response again.
CREATE TABLE idempotency_record (
    idempotency_key varchar(200) NOT NULL,
    operation       varchar(200) NOT NULL,
    request_hash    char(64)     NOT NULL,
    state           varchar(10)  NOT NULL,  -- PENDING while the first request runs, then DONE
    status          int,
    response_body   text,
    location        text,
    etag            text,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (idempotency_key, operation)
);
