package it.toscana.monitoring.gateway;

import static io.restassured.RestAssured.given;
import static it.toscana.monitoring.gateway.EventFeed.VISIBLE_WITHIN;
import static it.toscana.monitoring.gateway.EventFeed.allocation;
import static it.toscana.monitoring.gateway.EventFeed.allocationV2;
import static it.toscana.monitoring.gateway.EventFeed.community;
import static it.toscana.monitoring.gateway.EventFeed.event;
import static it.toscana.monitoring.gateway.EventFeed.paasPoint;
import static it.toscana.monitoring.gateway.EventFeed.payment;
import static it.toscana.monitoring.gateway.EventFeed.send;
import static it.toscana.monitoring.gateway.EventFeed.settle;
import static it.toscana.monitoring.gateway.TotalsTest.amount;
import static it.toscana.monitoring.gateway.TotalsTest.totals;
import static it.toscana.monitoring.gateway.TotalsTest.unique;
import static it.toscana.monitoring.gateway.TotalsTest.withoutLag;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.events.deployment.DeploymentEvents;
import it.toscana.monitoring.events.deployment.PaasPointState;
import it.toscana.monitoring.events.funding.AllocationState.Section;
import it.toscana.monitoring.events.funding.AllocationStateV2;
import it.toscana.monitoring.events.funding.FundingEvents;

@QuarkusTest
class RebuildAndStreamTest {

    @TestHTTPResource("/api/v1/stream")
    URL stream;

    @Test
    void aRebuildFromTheTopicsGivesIdenticalTotals() {
        String code = unique("cm");
        community(code, "Rebuilt", 0);
        for (int i = 0; i < 10; i++) {
            send(Topics.FUNDING, event(FundingEvents.ALLOCATION_UPSERTED,
                    allocation(code + "-" + i, code, i % 2 == 0 ? "VOIP" : "CART", Section.LOCAL_PROGRAMME, (1000 + i) + ".25", "100.00", 0), null));
        }
        send(Topics.FUNDING, event(FundingEvents.ALLOCATION_UPSERTED,
                allocation(code + "-0", code, "VOIP", Section.TERRITORIAL_IMPACT, "5000.75", "5000.75", 1), null));
        send(Topics.DEPLOYMENT, event(DeploymentEvents.PAAS_POINT_UPSERTED,
                paasPoint(code + "-p", code, "046003", 556, 4858, PaasPointState.Status.OPEN, 0), null));
        // business time: paid on 30 June 2009, recorded on 2 November; the date fixed on 3 November
        String dated = code + "-dated";
        LocalDate act = LocalDate.of(2009, 1, 15);
        send(Topics.FUNDING, event(FundingEvents.ALLOCATION_UPSERTED_V2, allocationV2(dated, code,
                AllocationStateV2.Detail.PROJECT, "2000.00", act, List.of(), 0, payment("p", "500.00", LocalDate.of(2009, 6, 30))),
                Instant.parse("2026-11-02T10:00:00Z")));
        send(Topics.FUNDING, event(FundingEvents.ALLOCATION_UPSERTED_V2, allocationV2(dated, code,
                AllocationStateV2.Detail.PROJECT, "2000.00", act, List.of(), 1, payment("p", "500.00", LocalDate.of(2009, 7, 15))),
                Instant.parse("2026-11-03T10:00:00Z")));
        settle(Topics.FUNDING);
        settle(Topics.DEPLOYMENT);
        Map<String, Map<String, Object>> before = readings(code);
        assertEquals("16048.00", amount(totals(code), "money.assigned")); // 10 × ~1000 LP, one moved to TI as 5000.75, 2000

        given().post("/api/v1/admin/projections/rebuild").then().statusCode(202);

        await().atMost(VISIBLE_WITHIN).until(() -> "LIVE".equals(given().get("/api/v1/admin/projections").then().extract()
                .jsonPath().getString("phase")));
        settle(Topics.FUNDING);
        settle(Topics.DEPLOYMENT);
        assertEquals(before, readings(code));
    }

    /** The community's totals at points of both time axes, and its money over time. */
    private static Map<String, Map<String, Object>> readings(String code) {
        Map<String, Map<String, Object>> readings = new TreeMap<>();
        for (String query : List.of("", "?asOf=2009-07-01", "?asOf=2009-07-01&knownAt=2026-11-02T12:00:00Z",
                "?knownAt=2026-11-02T12:00:00Z", "?by=municipality")) {
            readings.put(query, withoutLag(BusinessTimeTest.totals(code, query)));
        }
        readings.put("over-time", BusinessTimeTest.exact(given().get("/api/v1/communities/" + code
                + "/totals/over-time?measure=paid&interval=month&from=2009-01-01&to=2009-12-31").asString()).getMap(""));
        assertEquals("500.00", amount(BusinessTimeTest.totals(code, "?asOf=2009-07-01&knownAt=2026-11-02T12:00:00Z"),
                "money.paid"));
        return readings;
    }

    @Test
    void theStreamAnnouncesAChangeOfTheWatchedCommunity() throws Exception {
        String watched = unique("cm");
        try (Subscription subscription = new Subscription(watched)) {
            community(unique("cm"), "Not watched", 0);
            long[] version = { 0 };
            String message = subscription.awaitMessage(() -> community(watched, "Watched", version[0]++));
            assertTrue(message.contains("\"community\":\"" + watched + "\""), "no change announced: " + message);
        }
    }

    /** Reads are served from a cache of assembled totals: a change must reach readers before subscribers hear of it. */
    @Test
    void aSubscriberToldOfAChangeReadsTheNewTotalsAtOnce() throws Exception {
        String code = unique("cm");
        community(code, "Cached", 0);
        await().atMost(VISIBLE_WITHIN).until(() -> given().get("/api/v1/communities/" + code + "/totals").statusCode() == 200);
        assertNull(totals(code).get("money"));
        assertNull(totals(code).get("money")); // a second read, from the cache

        try (Subscription subscription = new Subscription(code)) {
            long[] version = { 0 };
            String message = subscription.awaitMessage(() -> send(Topics.FUNDING, event(FundingEvents.ALLOCATION_UPSERTED,
                    allocation(code + "-a", code, "VOIP", Section.LOCAL_PROGRAMME, "10.00", "0.00", version[0]++), null)));
            assertTrue(message.contains(code), "no change announced: " + message);
            assertEquals("10.00", amount(totals(code), "money.assigned"), "the read right after the announcement");
        }
    }

    /** An open server-sent-event stream of one community's changes. */
    private final class Subscription implements AutoCloseable {

        private final BlockingQueue<String> chunks = new LinkedBlockingQueue<>();
        private final CompletableFuture<HttpResponse<Void>> open;

        Subscription(String community) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(stream + "?community=" + community))
                    .header("Accept", "text/event-stream").build();
            open = HttpClient.newHttpClient().sendAsync(request,
                    HttpResponse.BodyHandlers.ofByteArrayConsumer(chunk -> chunk.ifPresent(bytes -> chunks.add(new String(bytes)))));
        }

        /** The subscription may register a moment after the request: repeats the change until a message arrives. */
        String awaitMessage(Runnable change) throws InterruptedException {
            String message = "";
            long deadline = System.nanoTime() + VISIBLE_WITHIN.toNanos();
            while (!message.contains("community") && System.nanoTime() < deadline) {
                change.run();
                String chunk = chunks.poll(1, TimeUnit.SECONDS);
                message = chunk == null ? message : message + chunk;
            }
            return message;
        }

        @Override
        public void close() {
            open.cancel(true);
        }
    }
}
