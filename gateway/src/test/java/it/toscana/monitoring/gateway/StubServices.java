package it.toscana.monitoring.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Two stand-ins for owning services: "territory" serves the collection {@code stubbed} and echoes
 * the raw path each request reached it with; "funding" takes {@value #SLOW_MILLIS} ms to serve its
 * OpenAPI document (a service that is slow to answer the catalogue's re-read).
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    static final long SLOW_MILLIS = 4000;
    /** How many times the slow service was asked for its document: a re-read of the catalogue has begun. */
    static final AtomicInteger SLOW_READS = new AtomicInteger();

    private HttpServer territory;
    private HttpServer funding;

    @Override
    public Map<String, String> start() {
        try {
            territory = server(exchange -> {
                if (exchange.getRequestURI().getRawPath().equals("/q/openapi")) {
                    reply(exchange, 200, "{\"paths\": {\"/api/v1/stubbed\": {}, \"/api/v1/stubbed/{id}\": {}}}", null);
                } else {
                    String location = "http://127.0.0.1:" + territory.getAddress().getPort() + "/api/v1/stubbed/1";
                    reply(exchange, 200, "{\"path\": \"" + exchange.getRequestURI().getRawPath() + "\"}", location);
                }
            });
            funding = server(exchange -> {
                SLOW_READS.incrementAndGet();
                try {
                    Thread.sleep(SLOW_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                reply(exchange, 200, "{\"paths\": {\"/api/v1/slow\": {}}}", null);
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Map.of("gateway.services.territory", "http://127.0.0.1:" + territory.getAddress().getPort(),
                "gateway.services.funding", "http://127.0.0.1:" + funding.getAddress().getPort(),
                "gateway.services.deployment", "http://127.0.0.1:9"); // nothing answers there
    }

    @Override
    public void stop() {
        territory.stop(0);
        funding.stop(0);
    }

    private static HttpServer server(com.sun.net.httpserver.HttpHandler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", handler);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        return server;
    }

    private static void reply(HttpExchange exchange, int status, String json, String location) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if (location != null) {
            exchange.getResponseHeaders().add("Location", location);
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
