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
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.events.deployment.DeploymentEvents;
import it.toscana.monitoring.events.deployment.PaasPointState;
import it.toscana.monitoring.events.funding.AllocationState.Section;
import it.toscana.monitoring.events.funding.AllocationStateV2;
import it.toscana.monitoring.events.funding.FundingEvents;
import it.toscana.monitoring.gateway.changes.ChangeLogRetention;
import it.toscana.monitoring.platform.problem.ProblemType;
import jakarta.inject.Inject;

@QuarkusTest
class RebuildAndStreamTest {

    @Inject
    DataSource dataSource;

    @Inject
    ChangeLogRetention retention;

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
        // a client of the change feed has read everything of this community so far
        Feed read = Feed.readAll(code, null);
        assertEquals(15, read.changes().size(), "community, 11 allocation versions, PAAS point, 2 dated versions: " + read.changes());
        assertTrue(read.changes().contains("allocation " + code + "-0 1 /api/v1/allocations/" + code + "-0"), read.changes().toString());

        given().post("/api/v1/admin/projections/rebuild").then().statusCode(202);

        await().atMost(VISIBLE_WITHIN).until(() -> "LIVE".equals(given().get("/api/v1/admin/projections").then().extract()
                .jsonPath().getString("phase")));
        settle(Topics.FUNDING);
        settle(Topics.DEPLOYMENT);
        assertEquals(before, readings(code));

        // the client resumes from its cursor: the replay added nothing; what came after, once each
        send(Topics.FUNDING, event(FundingEvents.ALLOCATION_UPSERTED,
                allocation(code + "-0", code, "VOIP", Section.TERRITORIAL_IMPACT, "5000.75", "5000.75", 2), null));
        send(Topics.FUNDING, event(FundingEvents.ALLOCATION_UPSERTED,
                allocation(code + "-new", code, "VOIP", Section.TERRITORIAL_IMPACT, "1.00", "0.00", 0), null));
        settle(Topics.FUNDING);
        Feed resumed = Feed.readAll(code, read.next());
        assertEquals(List.of("allocation " + code + "-0 2 /api/v1/allocations/" + code + "-0",
                "allocation " + code + "-new 0 /api/v1/allocations/" + code + "-new"), resumed.changes().stream().sorted().toList());
        assertEquals(read.changes().size() + 2, Feed.readAll(code, null).changes().size(), "the log after the rebuild");
    }

    /** What a feed client read: each change as "type id version link", and the cursor to go on from. */
    private record Feed(List<String> changes, String next) {

        static Feed readAll(String community, String after) {
            List<String> changes = new ArrayList<>();
            String cursor = after;
            while (true) {
                var page = given().queryParam("community", community).queryParam("limit", 5)
                        .queryParams(cursor == null ? Map.of() : Map.of("after", cursor))
                        .get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
                List<Map<String, Object>> items = page.getList("items");
                items.forEach(item -> changes.add(item.get("type") + " " + item.get("id") + " " + item.get("version") + " " + item.get("link")));
                cursor = page.getString("next");
                if (items.isEmpty()) {
                    return new Feed(changes, cursor);
                }
            }
        }
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
            assertTrue(message.contains("\"communities\":[\"" + watched + "\"]"), "no change announced: " + message);
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

    @Test
    void theStreamResumesAfterLastEventIdWithTheChangesMissedMeanwhile() throws Exception {
        String code = unique("cm");
        String lastSeen;
        try (Subscription subscription = new Subscription(code, null)) {
            long[] version = { 0 };
            subscription.awaitMessage(() -> community(code, "Resumed", version[0]++));
            lastSeen = subscription.ids().get(0);
        }
        // while no stream is open
        send(Topics.FUNDING, event(FundingEvents.ALLOCATION_UPSERTED,
                allocation(code + "-missed", code, "VOIP", Section.LOCAL_PROGRAMME, "10.00", "0.00", 0), null));
        settle(Topics.FUNDING);
        List<String> missed = given().queryParam("after", lastSeen).queryParam("community", code).get("/api/v1/changes")
                .then().statusCode(200).extract().jsonPath().getList("items.cursor");
        assertTrue(missed.size() >= 1, "the allocation, after the community's later versions");

        try (Subscription resumed = new Subscription(code, lastSeen)) {
            await().atMost(VISIBLE_WITHIN).until(() -> resumed.ids().size() >= missed.size());
            assertEquals(missed, resumed.ids().subList(0, missed.size()), "replayed from the log in order");
            assertTrue(resumed.text().contains("\"id\":\"" + code + "-missed\""), resumed.text());
            // then live: in the end the stream has said exactly what the feed says, each change once
            send(Topics.FUNDING, event(FundingEvents.ALLOCATION_UPSERTED,
                    allocation(code + "-live", code, "VOIP", Section.LOCAL_PROGRAMME, "10.00", "0.00", 0), null));
            await().atMost(VISIBLE_WITHIN).until(() -> resumed.text().contains("\"id\":\"" + code + "-live\""));
            await().atMost(VISIBLE_WITHIN).until(() -> resumed.ids().equals(given().queryParam("after", lastSeen)
                    .queryParam("community", code).get("/api/v1/changes").then().extract().jsonPath().getList("items.cursor")));
            assertFalse(resumed.ids().contains(lastSeen));
        }
    }

    @Test
    void aCursorPastTheRetentionWindowIsGoneAndAMalformedOneIsRefused() throws Exception {
        String code = unique("cm");
        String before = headCursor();
        community(code, "Purged", 0);
        EventFeed.awaitCommunity(code);
        String after = Feed.readAll(code, before).next();
        // every change up to this community's is older than the retention window, and purged
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE change_log SET logged_at = now() - interval '400 days' WHERE position <= "
                    + "(SELECT max(position) FROM change_log WHERE '" + code + "' = ANY (communities))");
        }
        QuarkusTransaction.requiringNew().call(retention::purge); // (or the scheduled purge, if it came first)

        given().queryParam("after", before).get("/api/v1/changes").then().statusCode(410)
                .contentType("application/problem+json").body("type", equalTo(ProblemType.CURSOR_EXPIRED.type().toString()));
        given().header("Last-Event-ID", before).get("/api/v1/stream").then().statusCode(410)
                .body("type", equalTo(ProblemType.CURSOR_EXPIRED.type().toString()));
        given().queryParam("after", after).get("/api/v1/changes").then().statusCode(200); // not past the window
        given().get("/api/v1/changes").then().statusCode(200); // a new client starts at the oldest change kept
        given().queryParam("after", Base64.getUrlEncoder().encodeToString("c1:999999999999".getBytes()))
                .get("/api/v1/changes").then().statusCode(410);

        for (String malformed : List.of("not a cursor", "%%%", Base64.getUrlEncoder().encodeToString("c1:-1".getBytes()),
                Base64.getUrlEncoder().encodeToString("42".getBytes()))) {
            given().queryParam("after", malformed).get("/api/v1/changes").then().statusCode(400)
                    .body("type", equalTo(ProblemType.VALIDATION.type().toString())).body("errors[0].field", equalTo("after"));
        }
        given().queryParam("types", "allocation,unicorn").get("/api/v1/changes").then().statusCode(400)
                .body("errors[0].field", equalTo("types"));
        given().queryParam("limit", "0").get("/api/v1/changes").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().header("Last-Event-ID", "garbage").get("/api/v1/stream").then().statusCode(400);
    }

    /** A cursor at the log's head, read from the end of the feed. */
    private static String headCursor() {
        String cursor = null;
        while (true) {
            var page = given().queryParams(cursor == null ? Map.of() : Map.of("after", cursor)).queryParam("limit", 500)
                    .get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            cursor = page.getString("next");
            if (page.getList("items").isEmpty()) {
                return cursor;
            }
        }
    }

    /** An open server-sent-event stream of one community's changes. */
    private final class Subscription implements AutoCloseable {

        private final BlockingQueue<String> chunks = new LinkedBlockingQueue<>();
        private final StringBuffer received = new StringBuffer();
        private final CompletableFuture<HttpResponse<Void>> open;

        Subscription(String community) {
            this(community, null);
        }

        Subscription(String community, String lastEventId) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stream + "?community=" + community))
                    .header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            open = HttpClient.newHttpClient().sendAsync(request.build(),
                    HttpResponse.BodyHandlers.ofByteArrayConsumer(chunk -> chunk.ifPresent(bytes -> {
                        String text = new String(bytes, StandardCharsets.UTF_8);
                        received.append(text); // first: a reader woken by the chunk reads ids() from it
                        chunks.add(text);
                    })));
        }

        /** Everything received so far. */
        String text() {
            return received.toString();
        }

        /** The id: of each message received so far, in order. */
        List<String> ids() {
            return text().lines().filter(line -> line.startsWith("id:")).map(line -> line.substring(3).trim()).toList();
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
