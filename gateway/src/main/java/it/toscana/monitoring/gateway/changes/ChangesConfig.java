package it.toscana.monitoring.gateway.changes;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The change feed (env GATEWAY_CHANGES_…). */
@ConfigMapping(prefix = "gateway.changes")
public interface ChangesConfig {

    /**
     * How long a change stays in the log; a cursor older than that is answered 410 (resync). Purged by the
     * platform's retention purge (platform.retention.every).
     */
    @WithDefault("30d")
    Duration retention();
}
