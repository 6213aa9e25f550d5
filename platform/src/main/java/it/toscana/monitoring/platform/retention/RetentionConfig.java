package it.toscana.monitoring.platform.retention;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long the bookkeeping tables keep a row (see {@link RetentionPurge}). */
@ConfigMapping(prefix = "platform.retention")
public interface RetentionConfig {

    /** How often the purge runs (read by its {@code @Scheduled}). */
    @WithDefault("1h")
    String every();

    /** How long after start the first purge runs. */
    @WithDefault("1m")
    String delay();

    /** Outbox rows already published; the topic keeps the event. */
    @WithDefault("7d")
    Duration publishedOutbox();

    /**
     * Consumed event ids. Past this, a redelivery of the same event is still refused by the newest
     * version kept per aggregate, which is never purged.
     */
    @WithDefault("30d")
    Duration processedEvents();
}
