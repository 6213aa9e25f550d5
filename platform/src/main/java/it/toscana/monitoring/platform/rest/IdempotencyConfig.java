package it.toscana.monitoring.platform.rest;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long an Idempotency-Key is remembered, and when a key still running counts as abandoned. */
@ConfigMapping(prefix = "platform.idempotency")
public interface IdempotencyConfig {

    /** A key's response is replayed this long; after it the key is free again (and the record purged). */
    @WithDefault("24h")
    Duration ttl();

    /** Longer than any request runs: a key still pending after it was left by a crash and may run again. */
    @WithDefault("5m")
    Duration pendingTimeout();
}
