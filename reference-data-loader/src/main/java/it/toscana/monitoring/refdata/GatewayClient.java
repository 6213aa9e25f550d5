package it.toscana.monitoring.refdata;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The gateway's public API as any client sees it: JSON over HTTP, {@code Idempotency-Key} on
 * POST. Transient trouble (connection refused, 502/503, a 409 "still being processed" for the
 * same key) is retried for a bounded time; every other answer is returned to the caller.
 */
final class GatewayClient {

    /** One answer: status, body (MissingNode when empty or not JSON) and whether the gateway replayed it. */
    record Reply(int status, JsonNode body, boolean replayed) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The problem's detail and field errors, for the summary. */
        String problem() {
            StringBuilder text = new StringBuilder().append(status);
            if (body.has("title")) {
                text.append(' ').append(body.path("title").asText());
            }
            if (body.has("detail")) {
                text.append(": ").append(body.path("detail").asText());
            }
            for (JsonNode error : body.path("errors")) {
                text.append(" [").append(error.path("field").asText()).append(' ').append(error.path("message").asText())
                        .append(']');
            }
            return text.toString();
        }
    }

    private static final Duration TRANSIENT_RETRY_FOR = Duration.ofSeconds(60);

    private final URI base;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private int requests;

    /** A bearer token (region-admin) for the writes, or null. */
    private final String token;

    GatewayClient(URI base, ObjectMapper json, String token) {
        this.token = token;
        String text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        this.json = json;
    }

    URI base() {
        return base;
    }

    int requests() {
        return requests;
    }

    Reply get(String path) {
        return send("GET", path, null, null);
    }

    Reply put(String path, JsonNode body) {
        return send("PUT", path, body, null);
    }

    Reply post(String path, JsonNode body, String idempotencyKey) {
        return send("POST", path, body, idempotencyKey);
    }

    Reply send(String method, String path, JsonNode body, String idempotencyKey) {
        byte[] bytes;
        try {
            bytes = body == null ? null : json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the request body of " + method + " " + path, e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .method(method, bytes == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (bytes != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token.trim());
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        Instant giveUp = Instant.now().plus(TRANSIENT_RETRY_FOR);
        Backoff backoff = new Backoff();
        boolean lostAnAnswer = false;
        while (true) {
            Reply reply = exchange(request.build(), method, path);
            if (reply != null && !transientFailure(reply)) {
                // A replay that answers this call's own earlier attempt (its answer was lost) is this call's write.
                return lostAnAnswer && reply.replayed() ? new Reply(reply.status(), reply.body(), false) : reply;
            }
            lostAnAnswer = true;
            if (Instant.now().isAfter(giveUp)) {
                if (reply != null) {
                    return reply;
                }
                throw new IllegalStateException(method + " " + base + path + ": the gateway does not answer");
            }
            backoff.pause();
        }
    }

    private static boolean transientFailure(Reply reply) {
        return reply.status() == 502 || reply.status() == 503 || reply.status() == 504
                || (reply.status() == 409 && reply.body().path("detail").asText().contains("still being processed"));
    }

    /** Null when the connection failed (retried by the caller). */
    private Reply exchange(HttpRequest request, String method, String path) {
        requests++;
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            JsonNode body = MissingNode.getInstance();
            if (response.body().length > 0) {
                try {
                    body = json.readTree(response.body());
                } catch (IOException notJson) {
                    body = MissingNode.getInstance();
                }
            }
            boolean replayed = response.headers().firstValue("Idempotent-Replayed").map("true"::equalsIgnoreCase).orElse(false);
            return new Reply(response.statusCode(), body, replayed);
        } catch (ConnectException | HttpTimeoutException e) {
            return null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    /** Bounded exponential pauses: 100 ms doubling up to 2 s. */
    static final class Backoff {
        private long millis = 100;

        void pause() {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            millis = Math.min(millis * 2, 2000);
        }
    }
}
