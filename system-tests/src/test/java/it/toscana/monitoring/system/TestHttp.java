package it.toscana.monitoring.system;

import java.net.http.HttpClient;
import java.time.Duration;

/** The HTTP client of the tests that send many requests, some hostile, through one connection. */
final class TestHttp {

    /**
     * HTTP/1.1: over h2c the gateway answers a connection-level protocol error with GOAWAY, and JDK 17's client
     * then fails the next request instead of retrying it on a new connection (JDK-8335181, fixed in JDK 24).
     */
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private TestHttp() {
    }
}
