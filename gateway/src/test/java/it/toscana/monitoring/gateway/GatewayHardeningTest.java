package it.toscana.monitoring.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import it.toscana.monitoring.gateway.stream.LiveChanges;
import it.toscana.monitoring.gateway.stream.OpenStreams;
import it.toscana.monitoring.testsupport.Tokens;
import jakarta.inject.Inject;

/**
 * Issue 15 at the gateway, against stand-in services: the proxy forwards exactly the path it
 * routed (item 10), Location names the public base URL (item 14), streams are capped, end and are
 * fanned out off the consumer (item 13), and the service catalogue's re-read stalls no route (item 15).
 */
@QuarkusTest
@TestProfile(GatewayHardeningTest.Profile.class)
class GatewayHardeningTest {

    private static final String TYPES = "https://monitoring.toscana.it/problems/";

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.stream.max-per-client", "2", "gateway.stream.max-total", "3",
                    "gateway.stream.max-lifetime", "3s", "gateway.rate-limit.enabled", "false",
                    "quarkus.http.proxy.proxy-address-forwarding", "true", "quarkus.http.proxy.allow-x-forwarded", "true",
                    // an unknown collection re-reads the catalogue at once, so the test needs not wait for it to be due
                    "gateway.services.catalogue-refresh-at-most-every", "PT0S");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StubServices.class));
        }
    }

    @TestHTTPResource("/")
    URL gateway;

    @Inject
    LiveChanges changes;

    @Inject
    OpenStreams streams;

    @Test
    void theProxyRefusesPathsThatNormaliseToAnotherAndForwardsTheOneItRouted() throws IOException {
        for (String path : new String[] { "/api/v1/stubbed/x/y/z//..//..//..//../../../q/metrics",
                "/api/v1/stubbed/../../../q/metrics", "/api/v1/stubbed/%2e%2e/%2e%2e/q/metrics", "/api/v1/stubbed/a%2fb",
                "/api/v1/stubbed/a%5Cb", "/api/v1/stubbed//x", "/api/v1/stubbed/./x" }) {
            String response = raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertTrue(response.startsWith("HTTP/1.1 400"), path + " -> " + response);
            assertTrue(response.contains(TYPES + "invalid-path"), path + " -> " + response);
        }
        given().get("/api/v1/stubbed/a-b/c?x=1").then().statusCode(200).body("path", equalTo("/api/v1/stubbed/a-b/c"));
    }

    @Test
    void locationNamesThePublicBaseUrlNotTheServiceNorTheRequestHost() {
        given().header("Host", "evil.example").get("/api/v1/stubbed/1")
                .then().statusCode(200).header("Location", equalTo("http://localhost:8080/api/v1/stubbed/1"));
    }

    @Test
    void aSlowCatalogueReReadStallsNoRoute() throws Exception {
        given().get("/api/v1/stubbed/warm").then().statusCode(200);
        int readsBefore = StubServices.SLOW_READS.get();
        CompletableFuture<Integer> unknown = CompletableFuture.supplyAsync(
                () -> given().header(Tokens.anonymous()).get("/api/v1/no-such-collection").statusCode());
        await().atMost(Duration.ofSeconds(10)).until(() -> StubServices.SLOW_READS.get() > readsBefore); // re-read under way
        long start = System.nanoTime();
        given().get("/api/v1/stubbed/during-refresh").then().statusCode(200);
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertTrue(millis < 2500, "a known route waited " + millis + " ms for the re-read");
        assertEquals(404, unknown.join());
    }

    @Test
    void streamsAreCappedPerClientAndInAllAndEndAfterTheirLifetime() throws Exception {
        List<Socket> open = new ArrayList<>();
        try {
            // (an open stream sends its headers with its first message, or when it ends)
            open.add(stream("203.0.113.1"));
            open.add(stream("203.0.113.1"));
            await().atMost(Duration.ofSeconds(10)).until(() -> streams.total() == 2);
            String perClient = statusOf(stream("203.0.113.1"));
            assertTrue(perClient.startsWith("HTTP/1.1 429") && perClient.contains(TYPES + "rate-limited"), perClient);
            open.add(stream("203.0.113.2"));
            await().atMost(Duration.ofSeconds(10)).until(() -> streams.total() == 3);
            String total = statusOf(stream("203.0.113.3"));
            assertTrue(total.startsWith("HTTP/1.1 503") && total.contains("Retry-After") && total.contains(TYPES + "unavailable"),
                    total);
            // each stream ends after its lifetime (3 s), which frees its slot
            for (Socket socket : open) {
                socket.setSoTimeout(10_000);
                String ended = readAll(socket);
                assertTrue(ended.startsWith("HTTP/1.1 200") && ended.contains("text/event-stream"), ended);
            }
            String again = statusOf(stream("203.0.113.3"), 10_000);
            assertTrue(again.startsWith("HTTP/1.1 200"), again);
        } finally {
            for (Socket socket : open) {
                socket.close();
            }
        }
    }

    @Test
    void aStuckSubscriberDoesNotHoldUpTheProjections() {
        CountDownLatch stuck = new CountDownLatch(1);
        changes.batches().subscribe().with(change -> {
            try {
                stuck.await(); // a subscriber that never returns
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            String first = "stuck-" + UUID.randomUUID().toString().substring(0, 8);
            EventFeed.community(first, "First", 0);
            EventFeed.awaitCommunity(first);
            String second = "stuck-" + UUID.randomUUID().toString().substring(0, 8);
            EventFeed.community(second, "Second", 0);
            await().atMost(Duration.ofSeconds(10)).until(
                    () -> given().get("/api/v1/communities/" + second + "/totals").statusCode() == 200);
        } finally {
            stuck.countDown();
        }
    }

    private Socket stream(String client) throws IOException {
        Socket socket = new Socket(gateway.getHost(), gateway.getPort());
        OutputStream out = socket.getOutputStream();
        out.write(("GET /api/v1/stream HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAccept: text/event-stream\r\nX-Forwarded-For: " + client
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return socket;
    }

    private static String statusOf(Socket socket) throws IOException {
        return statusOf(socket, 5_000);
    }

    private static String statusOf(Socket socket, int timeoutMillis) throws IOException {
        try (socket) {
            socket.setSoTimeout(timeoutMillis);
            return readAll(socket);
        }
    }

    private static String readAll(Socket socket) throws IOException {
        StringBuilder text = new StringBuilder();
        BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                text.append(line).append('\n');
                if (line.startsWith("{") || line.equals("0")) {
                    break; // a problem body, or the end of a chunked stream
                }
            }
        } catch (java.net.SocketTimeoutException e) {
            // what arrived is enough
        }
        return text.toString();
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.setSoTimeout(5_000);
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
