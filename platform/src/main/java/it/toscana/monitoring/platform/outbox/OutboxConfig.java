package it.toscana.monitoring.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "platform.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of the events this service writes, e.g. {@code /territory-service}. */
    @WithDefault("/unknown")
    String source();

    /** Off in a service that writes no events (the gateway). */
    @WithDefault("true")
    boolean relayEnabled();

    /** Rows sent per relay transaction. */
    @WithDefault("500")
    int batchSize();

    /** Longest wait between two looks at the table when no commit woke the relay. */
    @WithDefault("1s")
    Duration pollInterval();
}
