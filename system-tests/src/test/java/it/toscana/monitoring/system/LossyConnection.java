package it.toscana.monitoring.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A connection to the gateway that fails now and then, as a network does: every {@code dropEvery}-th
 * request never reaches the gateway, and every {@code loseAnswerEvery}-th write reaches it but its answer is
 * lost. Either way the client gets a 503 and must retry without writing anything twice.
 */
final class LossyConnection implements AutoCloseable {

    /** Opens a lossy connection to the gateway at a URL. */
    @FunctionalInterface
    interface Factory {
        LossyConnection open(String gatewayUrl) throws IOException;
    }

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final List<String> FORWARDED = List.of("Authorization", "Idempotency-Key", "Content-Type", "Accept", "If-Match");

    private final URI gateway;
    private final int dropEvery;
    private final int loseAnswerEvery;
    private final HttpClient client = HttpClient.newHttpClient();
    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger writes = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private final AtomicInteger lostAnswers = new AtomicInteger();

    LossyConnection(String gatewayUrl, int dropEvery, int loseAnswerEvery) throws IOException {
        this.gateway = URI.create(gatewayUrl);
        this.dropEvery = dropEvery;
        this.loseAnswerEvery = loseAnswerEvery;
        // Nagle's algorithm on the relay's small writes (headers, then body) waits for the client's delayed ACK: ~40 ms a request
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::relay);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Requests that never reached the gateway. */
    int dropped() {
        return dropped.get();
    }

    /** Writes the gateway carried out whose answer did not come back. */
    int lostAnswers() {
        return lostAnswers.get();
    }

    private void relay(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            if (requests.incrementAndGet() % dropEvery == 0) {
                dropped.incrementAndGet();
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            HttpResponse<byte[]> answer = forward(exchange, body);
            if (WRITES.contains(exchange.getRequestMethod()) && writes.incrementAndGet() % loseAnswerEvery == 0) {
                lostAnswers.incrementAndGet();
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            answer.headers().map().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("transfer-encoding")
                        && !name.equalsIgnoreCase("connection") && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        }
    }

    private HttpResponse<byte[]> forward(HttpExchange exchange, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(exchange.getRequestURI().toString()))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String header : FORWARDED) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                request.header(header, value);
            }
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
