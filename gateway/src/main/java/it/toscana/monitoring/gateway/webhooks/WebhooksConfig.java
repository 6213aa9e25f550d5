package it.toscana.monitoring.gateway.webhooks;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Webhook deliveries (env GATEWAY_WEBHOOKS_…). */
@ConfigMapping(prefix = "gateway.webhooks")
public interface WebhooksConfig {

    /** Whether a target may be a loopback address (tests only: a receiver inside the test). */
    @WithDefault("false")
    boolean allowLoopback();

    /** Consecutive failed deliveries after which a subscription is disabled. */
    @WithDefault("8")
    int maxFailures();

    /** Wait after the first failure; doubled after each next one (with jitter), up to {@link #retryMax()}. */
    @WithDefault("5s")
    Duration retryBase();

    @WithDefault("1h")
    Duration retryMax();

    /** How often due subscriptions are looked for (read by the scheduler). */
    @WithDefault("1s")
    String poll();

    /** A target that does not answer within this is a failed delivery. */
    @WithDefault("10s")
    Duration timeout();
}
