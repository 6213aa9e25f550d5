package it.toscana.monitoring.gateway.config;

import java.net.http.HttpClient;
import java.time.Duration;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One HTTP client (one connection pool) for every call the gateway makes: routed requests and OpenAPI reads. */
public class ServiceHttpClient {

    @Produces
    @Singleton
    HttpClient serviceClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    }
}
