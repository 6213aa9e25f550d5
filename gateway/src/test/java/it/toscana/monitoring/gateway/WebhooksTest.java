package it.toscana.monitoring.gateway;

import static io.restassured.RestAssured.given;
import static it.toscana.monitoring.gateway.EventFeed.VISIBLE_WITHIN;
import static it.toscana.monitoring.gateway.EventFeed.allocation;
import static it.toscana.monitoring.gateway.EventFeed.event;
import static it.toscana.monitoring.gateway.EventFeed.send;
import static it.toscana.monitoring.gateway.TotalsTest.unique;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntUnaryOperator;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.events.funding.AllocationState.Section;
import it.toscana.monitoring.events.funding.FundingEvents;
import it.toscana.monitoring.events.funding.ImportJobState;
import it.toscana.monitoring.testsupport.Tokens;

/** Webhooks delivered to a receiver inside the test (tests allow loopback targets, retry fast and give up after 3). */
@QuarkusTest
class WebhooksTest {

    @Test
    void theReceiverVerifiesEverySignatureAndAFailedDeliveryIsRetried() throws Exception {
        String code = unique("cm");
        Instant began = Instant.now();
        // the first request fails, the others are acknowledged
        try (Receiver receiver = new Receiver(n -> n == 0 ? 500 : 204)) {
            var created = subscribe(Tokens.regionAdmin(), receiver.url(), code).then().statusCode(201)
                    .header("Location", containsString("/api/v1/webhooks/")).extract().jsonPath();
            String secret = created.getString("secret");
            assertTrue(secret.startsWith("whsec_"), secret);
            String id = created.getString("id");
            given().header(Tokens.bearer(Tokens.regionAdmin())).get("/api/v1/webhooks/" + id).then().statusCode(200)
                    .body("secret", nullValue()).body("enabled", equalTo(true));

            for (String allocation : List.of("a", "b")) {
                send(Topics.FUNDING, event(FundingEvents.ALLOCATION_UPSERTED,
                        allocation(code + "-" + allocation, code, "VOIP", Section.LOCAL_PROGRAMME, "10.00", "0.00", 0), null));
            }
            await().atMost(VISIBLE_WITHIN).until(() -> receiver.requests.size() >= 3);

            for (Request request : receiver.requests) {
                String expected = "v1," + Base64.getEncoder().encodeToString(hmac(secret,
                        request.id() + "." + request.timestamp() + "." + request.body()));
                assertEquals(expected, request.signature(), "signature of " + request.id());
            }
            assertEquals(receiver.requests.get(0).id(), receiver.requests.get(1).id(), "the failed delivery, retried");
            List<String> delivered = receiver.requests.subList(1, 3).stream().map(Request::id).toList();
            assertEquals(given().queryParam("community", code).get("/api/v1/changes").jsonPath().getList("items.cursor"), delivered,
                    "every change of the feed, once, in order");
            assertTrue(receiver.requests.get(1).body().contains("\"id\":\"" + code + "-"), receiver.requests.get(1).body());

            given().header(Tokens.bearer(Tokens.regionAdmin())).get("/api/v1/webhooks/" + id + "/deliveries").then()
                    .statusCode(200).body("total", equalTo(3))
                    .body("items[2].succeeded", equalTo(false)).body("items[2].statusCode", equalTo(500))
                    .body("items[2].detail", containsString("500")).body("items[0].succeeded", equalTo(true));
            given().header(Tokens.bearer(Tokens.regionAdmin())).queryParam("sort", "attemptedAt")
                    .get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200)
                    .body("items.succeeded", equalTo(List.of(false, true, true)));
            // failing, then recovering, changed the subscription: a resync from before lists it, one from now does not
            Instant recovered = Instant.now();
            assertTrue(listed("updatedSince", began.toString()).contains(id));
            assertFalse(listed("updatedSince", recovered.toString()).contains(id));
        }
    }

    @Test
    void aSubscriptionWhoseTargetKeepsFailingIsDisabledAndARedirectIsNotFollowed() throws Exception {
        String code = unique("cm");
        try (Receiver receiver = new Receiver(n -> 302)) {
            String id = subscribe(Tokens.regionAdmin(), receiver.url(), code).then().statusCode(201).extract().path("id");
            send(Topics.FUNDING, event(FundingEvents.ALLOCATION_UPSERTED,
                    allocation(code + "-a", code, "VOIP", Section.LOCAL_PROGRAMME, "10.00", "0.00", 0), null));
            await().atMost(VISIBLE_WITHIN).until(() -> !given().header(Tokens.bearer(Tokens.regionAdmin()))
                    .get("/api/v1/webhooks/" + id).jsonPath().getBoolean("enabled"));
            given().header(Tokens.bearer(Tokens.regionAdmin())).get("/api/v1/webhooks/" + id).then()
                    .body("disabledReason", containsString("3 deliveries failed in a row"))
                    .body("disabledReason", containsString("redirects are not followed"));
            given().header(Tokens.bearer(Tokens.regionAdmin())).get("/api/v1/webhooks/" + id + "/deliveries").then()
                    .body("total", equalTo(3)).body("items.statusCode", equalTo(List.of(302, 302, 302)));
            assertEquals(3, receiver.requests.size(), "three attempts, then nothing: " + receiver.requests);
            assertEquals(0, receiver.redirectedTo, "the redirect was not followed");
        }
    }

    @Test
    void aPrivateTargetIsRefusedAndOnlyTheAllowedRolesManageTheirOwnSubscriptions() throws Exception {
        for (String url : List.of("http://10.1.2.3/hook", "http://192.168.0.10/hook", "http://169.254.169.254/latest",
                "http://[fd00::1]/hook", "http://0.0.0.0/hook", "ftp://example.org/hook", "not a url")) {
            subscribe(Tokens.regionAdmin(), url, null).then().statusCode(422)
                    .body("type", equalTo("https://monitoring.toscana.it/problems/business-rule"))
                    .body("errors[0].field", equalTo("url"));
        }
        given().header(Tokens.anonymous()).contentType(ContentType.JSON).body(Map.of("url", "http://127.0.0.1:9/x"))
                .post("/api/v1/webhooks").then().statusCode(401);
        subscribe(Tokens.communityOperator("some-cm"), "http://127.0.0.1:9/x", null).then().statusCode(403);
        given().header(Tokens.bearer(Tokens.communityOperator("some-cm"))).get("/api/v1/webhooks").then().statusCode(403);
        given().header(Tokens.anonymous()).get("/api/v1/webhooks").then().statusCode(401);
        subscribe(Tokens.regionAdmin(), Map.of("url", "http://127.0.0.1:9/x", "types", List.of("allocation", "unicorn")))
                .then().statusCode(400).body("errors[0].field", equalTo("types"));
        String erp = subscribe(Tokens.erpIntegration(), Map.of("url", "http://127.0.0.1:9/erp", "types", List.of("allocation", "payment")))
                .then().statusCode(201).extract().path("id");
        String admin = subscribe(Tokens.regionAdmin("another-admin"), "http://127.0.0.1:9/admin", "x").then().statusCode(201)
                .extract().path("id");
        List<String> erpSees = given().header(Tokens.bearer(Tokens.erpIntegration())).get("/api/v1/webhooks?size=500")
                .jsonPath().getList("items.id");
        assertTrue(erpSees.contains(erp) && !erpSees.contains(admin), erpSees.toString());
        given().header(Tokens.bearer(Tokens.erpIntegration())).get("/api/v1/webhooks/" + admin).then().statusCode(404);
        // the paging every collection has: the same refusals, and a sort
        given().header(Tokens.bearer(Tokens.regionAdmin())).queryParam("sort", "secret").get("/api/v1/webhooks").then()
                .statusCode(400).body("errors[0].field", equalTo("sort"));
        given().header(Tokens.bearer(Tokens.regionAdmin())).queryParam("updatedSince", "yesterday").get("/api/v1/webhooks")
                .then().statusCode(400).body("errors[0].field", equalTo("updatedSince"));
        given().header(Tokens.bearer(Tokens.regionAdmin())).queryParam("sort", "when").get("/api/v1/webhooks/" + admin
                + "/deliveries").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        List<String> newestFirst = listed("sort", "-createdAt");
        assertTrue(newestFirst.indexOf(admin) < newestFirst.indexOf(erp), newestFirst.toString());
        given().header(Tokens.bearer(Tokens.erpIntegration())).delete("/api/v1/webhooks/" + erp).then().statusCode(204);
        given().header(Tokens.bearer(Tokens.regionAdmin())).delete("/api/v1/webhooks/" + admin).then().statusCode(204);
    }

    /** The ids of the region's first 500 subscriptions with one query parameter. */
    private static List<String> listed(String parameter, String value) {
        return given().header(Tokens.bearer(Tokens.regionAdmin())).queryParam(parameter, value).queryParam("size", 500)
                .get("/api/v1/webhooks").then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    @Test
    void aFinishedImportJobNotifiesTheErpsSubscription() throws Exception {
        String job = UUID.randomUUID().toString();
        try (Receiver receiver = new Receiver(n -> 204)) {
            subscribe(Tokens.erpIntegration(), Map.of("url", receiver.url(), "types", List.of("import-job")))
                    .then().statusCode(201);
            send(Topics.FUNDING, event(FundingEvents.IMPORT_JOB_FINISHED, new ImportJobState(job, "ALLOCATIONS",
                    ImportJobState.Outcome.DONE, 120, 120, 118, 2, null, Instant.parse("2026-11-28T08:00:00Z"),
                    Instant.parse("2026-11-28T08:01:00Z"), 1), null));

            await().atMost(VISIBLE_WITHIN).until(() -> receiver.requests.stream().anyMatch(r -> r.body().contains(job)));
            String body = receiver.requests.stream().filter(r -> r.body().contains(job)).findFirst().orElseThrow().body();
            assertTrue(body.contains("\"type\":\"import-job\"") && body.contains("\"link\":\"/api/v1/import-jobs/" + job + "\""),
                    body);
        }
    }

    /** A subscription of allocation changes (of one community, or all when null). */
    private static io.restassured.response.Response subscribe(String token, String url, String community) {
        return subscribe(token, community == null ? Map.of("url", url, "types", List.of("allocation"))
                : Map.of("url", url, "types", List.of("allocation"), "community", community));
    }

    private static io.restassured.response.Response subscribe(String token, Map<String, Object> body) {
        return given().header(Tokens.bearer(token)).contentType(ContentType.JSON).body(body).post("/api/v1/webhooks");
    }

    private static byte[] hmac(String secret, String content) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
    }

    private record Request(String id, String timestamp, String signature, String body) {
    }

    /** An HTTP receiver on loopback answering the n-th request (from 0) with the given status. */
    private static final class Receiver implements AutoCloseable {

        final List<Request> requests = new CopyOnWriteArrayList<>();
        volatile int redirectedTo;
        private final HttpServer server;

        Receiver(IntUnaryOperator status) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                var headers = exchange.getRequestHeaders();
                int answer = status.applyAsInt(requests.size());
                requests.add(new Request(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                        headers.getFirst("webhook-signature"), body));
                if (answer == 302) {
                    exchange.getResponseHeaders().add("Location", url().replace("/hook", "/followed"));
                }
                exchange.sendResponseHeaders(answer, -1);
                exchange.close();
            });
            server.createContext("/followed", exchange -> {
                redirectedTo++;
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
