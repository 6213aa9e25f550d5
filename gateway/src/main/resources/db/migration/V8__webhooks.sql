-- Webhook subscriptions: each is driven from the change log by its own cursor, moved only once the
-- target acknowledged a change (2xx), so a restart neither loses nor repeats what was acknowledged.
CREATE TABLE webhook_subscription (
    id                   uuid         PRIMARY KEY,
    owner                varchar(200) NOT NULL,
    url                  varchar(2000) NOT NULL,
    types                text[]       NOT NULL,
    community            varchar(100),
    secret               varchar(100) NOT NULL,
    enabled              boolean      NOT NULL,
    disabled_reason      text,
    after_position       bigint       NOT NULL,
    consecutive_failures integer      NOT NULL,
    next_attempt_at      timestamptz  NOT NULL,
    created_at           timestamptz  NOT NULL
);
CREATE INDEX webhook_subscription_due ON webhook_subscription (next_attempt_at) WHERE enabled;

-- Each attempt and its outcome: what the subscription's owner reads to see why deliveries fail.
CREATE TABLE webhook_delivery (
    id              bigserial    PRIMARY KEY,
    subscription_id uuid         NOT NULL REFERENCES webhook_subscription ON DELETE CASCADE,
    message_id      varchar(100) NOT NULL,
    attempted_at    timestamptz  NOT NULL,
    status_code     integer,
    succeeded       boolean      NOT NULL,
    detail          text
);
CREATE INDEX webhook_delivery_subscription ON webhook_delivery (subscription_id, id);
