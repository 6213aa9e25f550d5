package it.toscana.monitoring.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Drop the projections and replay every topic from the beginning when the gateway starts. */
    @WithDefault("false")
    boolean rebuildAtStart();

    /** Kafka consumer group of the projections. */
    @WithDefault("gateway-projections")
    String consumerGroup();

    /** Requests per client on the public API (/api/v1); health, metrics and OpenAPI under /q are never limited. */
    RateLimit rateLimit();

    interface RateLimit {

        @WithDefault("true")
        boolean enabled();

        /** Callers without a valid bearer token, one bucket per client address. */
        Tier anonymous();

        /** Callers with a valid bearer token, one bucket per token subject. */
        Tier authenticated();

        /** Clients tracked before those with a full bucket are forgotten. */
        @WithDefault("100000")
        int maxClients();
    }

    interface Tier {

        /** Sustained rate. */
        double requestsPerSecond();

        /** Requests a client may send at once after being idle. */
        int burst();
    }
}
