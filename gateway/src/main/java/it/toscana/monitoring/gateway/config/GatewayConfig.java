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
}
