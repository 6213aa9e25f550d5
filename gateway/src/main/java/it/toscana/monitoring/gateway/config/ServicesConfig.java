package it.toscana.monitoring.gateway.config;

import java.net.URI;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the owning services answer (env GATEWAY_SERVICES_TERRITORY etc.). */
@ConfigMapping(prefix = "gateway.services")
public interface ServicesConfig {

    @WithDefault("http://127.0.0.1:8081")
    URI territory();

    @WithDefault("http://127.0.0.1:8082")
    URI funding();

    @WithDefault("http://127.0.0.1:8083")
    URI deployment();

    /** How often, at most, an unknown collection makes the gateway read the services' OpenAPI documents again. */
    @WithDefault("PT5S")
    Duration catalogueRefreshAtMostEvery();
}
