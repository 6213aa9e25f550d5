package it.toscana.monitoring.gateway.stream;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds of the server-sent-event streams (env GATEWAY_STREAM_…). */
@ConfigMapping(prefix = "gateway.stream")
public interface StreamConfig {

    /** Open streams one client (address) may hold; a dashboard needs one or two. */
    @WithDefault("5")
    int maxPerClient();

    /** Open streams in all. */
    @WithDefault("1000")
    int maxTotal();

    /** A comment line sent this often on every stream, so that proxies do not close an idle one. */
    @WithDefault("15s")
    Duration heartbeat();

    /** A stream then ends; EventSource clients reconnect by themselves, and are counted again. */
    @WithDefault("30m")
    Duration maxLifetime();
}
