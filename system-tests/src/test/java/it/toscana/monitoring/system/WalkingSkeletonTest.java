package it.toscana.monitoring.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import it.toscana.monitoring.events.CloudEvent;
import it.toscana.monitoring.events.EventJson;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.events.territory.CommunityKind;
import it.toscana.monitoring.events.territory.CommunityState;
import it.toscana.monitoring.events.territory.TerritoryEvents;
import it.toscana.monitoring.testsupport.Tokens;
import it.toscana.monitoring.testsupport.TopicReader;

/**
 * The core mechanism, end to end with packaged services: a community written through the
 * gateway lands in territory-service, crosses the real broker and shows in the gateway's totals;
 * delivering the same event again changes nothing.
 */
class WalkingSkeletonTest {

    private static ServiceProcess territory;
    private static ServiceProcess gateway;

    @BeforeAll
    static void startServices() throws Exception {
        territory = ServiceProcess.start("territory-service", Map.of());
        gateway = ServiceProcess.start("gateway", Map.of("GATEWAY_SERVICES_TERRITORY", territory.baseUrl()));
    }

    @AfterAll
    static void stopServices() throws Exception {
        if (gateway != null) {
            gateway.close();
        }
        if (territory != null) {
            territory.close();
        }
    }

    @Test
    void aCommunityWrittenThroughTheGatewayShowsInItsTotalsOnceOnly() throws Exception {
        // The gateway routes the write to territory-service, which publishes it through its outbox.
        given().baseUri(gateway.baseUrl()).contentType(ContentType.JSON)
                .body("""
                        {"code": "alta-val-di-cecina", "name": "Alta Val di Cecina", "kind": "COMUNITA_MONTANA"}""")
                .post("/api/v1/communities")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/communities/alta-val-di-cecina"))
                .header("ETag", notNullValue());
        given().baseUri(gateway.baseUrl()).get("/api/v1/communities/alta-val-di-cecina")
                .then().statusCode(200).body("name", equalTo("Alta Val di Cecina"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(gateway.baseUrl())
                .get("/api/v1/communities/alta-val-di-cecina/totals")
                .then().statusCode(200)
                .body("community.name", equalTo("Alta Val di Cecina"))
                // no allocation yet: its money is not known rather than zero
                .body("money", nullValue())
                .body("notKnown.money", equalTo("No allocation is recorded for this community.")));
        JsonPath before = totals();

        // Redeliver the very record the relay published (at-least-once delivery), then a marker
        // behind it on the same partition: once the marker is visible, the duplicate was processed.
        List<ConsumerRecord<String, String>> published = TopicReader.readUntil(Topics.TERRITORY,
                record -> "alta-val-di-cecina".equals(record.key()), Duration.ofSeconds(30));
        ConsumerRecord<String, String> original = published.get(published.size() - 1);
        TopicReader.send(Topics.TERRITORY, original.partition(), original.key(), original.value());
        CloudEvent marker = CloudEvent.of("/territory-service", TerritoryEvents.COMMUNITY_UPSERTED, "marker",
                EventJson.mapper().valueToTree(new CommunityState("marker", "Marker", CommunityKind.UNIONE_COMUNI, List.of(), null, null, null, 0)));
        TopicReader.send(Topics.TERRITORY, original.partition(), "marker", EventJson.mapper().writeValueAsString(marker));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(gateway.baseUrl())
                .get("/api/v1/communities/marker/totals").then().statusCode(200));

        JsonPath after = totals();
        assertEquals(before.getString("community"), after.getString("community"));
        assertEquals(before.getString("money"), after.getString("money"));
        assertEquals(before.getString("lastChangedAt"), after.getString("lastChangedAt"));
    }

    @Test
    void unknownCollectionsAreNotFoundAndTheMergedOpenApiListsRoutedAndOwnOperations() {
        given().baseUri(gateway.baseUrl()).get("/api/v1/no-such-collection")
                .then().statusCode(404).contentType("application/problem+json");
        given().baseUri(gateway.baseUrl()).get("/api/v1/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/communities/{code}"))
                .body("paths", hasKey("/api/v1/communities/{code}/totals"))
                .body("paths", hasKey("/api/v1/totals"))
                .body("paths", not(hasKey("/api/v1/{collection}")));
    }

    /** API2:2023 through the gateway: it forwards Authorization, the owning service refuses a write without a valid token. */
    @Test
    void aWriteThroughTheGatewayNeedsAValidToken() {
        String body = "{\"code\": \"lunigiana-auth\", \"name\": \"Lunigiana\", \"kind\": \"COMUNITA_MONTANA\"}";
        given().baseUri(gateway.baseUrl()).header(Tokens.anonymous()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/communities").then().statusCode(401).contentType("application/problem+json");
        given().baseUri(gateway.baseUrl()).header(Tokens.bearer(Tokens.communityOperator("lunigiana-auth")))
                .contentType(ContentType.JSON).body(body)
                .post("/api/v1/communities").then().statusCode(403).contentType("application/problem+json");
        given().baseUri(gateway.baseUrl()).get("/api/v1/communities/lunigiana-auth").then().statusCode(404);
    }

    /**
     * API9:2023 Improper inventory management — only /api/v1 and /q/health, /q/openapi, /q/metrics
     * are served, and the merged OpenAPI at /api/v1/openapi lists every route of the services.
     */
    @Test
    void api9ImproperInventoryManagement() {
        JsonPath merged = given().baseUri(gateway.baseUrl()).get("/api/v1/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> mergedPaths = merged.getMap("paths");
        mergedPaths.keySet().forEach(path -> assertTrue(path.startsWith("/api/v1/"), path));
        Map<String, Object> servicePaths = given().baseUri(territory.baseUrl()).get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        servicePaths.keySet().forEach(path -> {
            assertTrue(path.startsWith("/api/v1/"), path);
            assertTrue(mergedPaths.containsKey(path), "the merged OpenAPI lacks " + path);
        });
        for (ServiceProcess service : List.of(gateway, territory)) {
            for (String path : List.of("/q/health", "/q/openapi", "/q/metrics")) {
                given().baseUri(service.baseUrl()).get(path).then().statusCode(200);
            }
            given().baseUri(service.baseUrl()).get("/api/v2/communities").then().statusCode(404);
            given().baseUri(service.baseUrl()).get("/communities").then().statusCode(404);
        }
    }

    /**
     * API8:2023 Security misconfiguration, on the packaged (prod) services: no development or
     * documentation UIs, security headers on the public entry point, errors without internals.
     */
    @Test
    void api8SecurityMisconfigurationInProduction() {
        for (ServiceProcess service : List.of(gateway, territory)) {
            for (String path : List.of("/q/dev", "/q/dev-ui", "/q/swagger-ui", "/q/graphql-ui")) {
                given().baseUri(service.baseUrl()).get(path).then().statusCode(404);
            }
        }
        given().baseUri(gateway.baseUrl()).contentType(ContentType.JSON).body("{\"code\": [")
                .post("/api/v1/communities")
                .then().statusCode(400).contentType("application/problem+json")
                .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                .body(not(containsString("Exception"))).body(not(containsString("it.toscana")));
    }

    private static JsonPath totals() {
        return given().baseUri(gateway.baseUrl()).get("/api/v1/communities/alta-val-di-cecina/totals")
                .then().statusCode(200).extract().jsonPath();
    }
}
