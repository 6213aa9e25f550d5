package it.toscana.monitoring.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import it.toscana.monitoring.events.CloudEvent;
import it.toscana.monitoring.events.EventJson;
import it.toscana.monitoring.events.territory.TerritoryEvents;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.events.territory.CommunityKind;
import it.toscana.monitoring.events.territory.CommunityState;
import it.toscana.monitoring.testsupport.TopicReader;

/** Events written into the real territory.events topic, totals read back over HTTP. */
@QuarkusTest
class CommunityTotalsFromEventsTest {

    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(20);

    @Test
    void aCommunityEventShowsUpInTheTotalsWithItsMoneyNotKnownRatherThanZero() {
        send(event("mugello", "Mugello", 0));

        await().atMost(VISIBLE_WITHIN).untilAsserted(() -> given().get("/api/v1/communities/mugello/totals")
                .then().statusCode(200)
                .body("community.name", equalTo("Mugello"))
                .body("community.kind", equalTo("COMUNITA_MONTANA"))
                .body("money", nullValue())
                .body("paas", nullValue())
                .body("notKnown.money", equalTo("No allocation is recorded for this community."))
                .body("notKnown.paas", equalTo("No PAAS point is recorded for this community.")));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        CloudEvent first = event("amiata-grossetano", "Amiata Grossetano", 0);
        send(first);
        awaitName("amiata-grossetano", "Amiata Grossetano");

        // A newer version renames it; then the first event arrives again (same id).
        send(event("amiata-grossetano", "Amiata Grossetano (ricostituita)", 1));
        awaitName("amiata-grossetano", "Amiata Grossetano (ricostituita)");
        int partition = send(first);
        sendMarkerAndAwait(partition);

        given().get("/api/v1/communities/amiata-grossetano/totals")
                .then().body("community.name", equalTo("Amiata Grossetano (ricostituita)"))
                .body("community.version", equalTo(1));
    }

    @Test
    void aStaleVersionWithANewIdIsIgnored() {
        send(event("casentino", "Casentino v2", 2));
        awaitName("casentino", "Casentino v2");

        int partition = send(event("casentino", "Casentino v1", 1));
        sendMarkerAndAwait(partition);

        given().get("/api/v1/communities/casentino/totals")
                .then().body("community.name", equalTo("Casentino v2"));
    }

    @Test
    void malformedEventsAreDroppedUnreadablePayloadsParkedAndConsumptionGoesOn() {
        TopicReader.send(Topics.TERRITORY, "garbage", "this is not JSON");
        TopicReader.send(Topics.TERRITORY, "no-data", """
                {"specversion":"1.0","id":"%s","source":"/x","type":"t","subject":"no-data","time":"2009-09-19T10:00:00Z"}"""
                .formatted(UUID.randomUUID()));
        int partition = TopicReader.send(Topics.TERRITORY, "bad-kind", """
                {"specversion":"1.0","id":"%s","source":"/territory-service","type":"%s","subject":"bad-kind",
                 "time":"2009-09-19T10:00:00Z","data":{"code":"bad-kind","name":"Bad","kind":"PROVINCE","version":0}}"""
                .formatted(UUID.randomUUID(), TerritoryEvents.COMMUNITY_UPSERTED));
        TopicReader.send(Topics.TERRITORY, partition, "lunigiana", json(event("lunigiana", "Lunigiana", 0)));

        awaitName("lunigiana", "Lunigiana");
        given().get("/api/v1/communities/bad-kind/totals").then().statusCode(404);
        // the two malformed envelopes dropped and counted (they may sit on other partitions than the marker); the
        // envelope whose data does not bind to its type parked at once, as retrying cannot help
        await().atMost(VISIBLE_WITHIN).untilAsserted(() -> given().get("/q/metrics").then().statusCode(200)
                .body(containsString("events_malformed_total{group=\"gateway-projections\"} 2.0")));
        given().get("/api/v1/communities/no-data/totals").then().statusCode(404);
        given().get("/api/v1/admin/dead-letters").then().statusCode(200)
                .body("items.find { it.key == 'bad-kind' }.error", containsString("\"PROVINCE\""));
    }

    @Test
    void anUnknownCommunityIsNotFound() {
        given().get("/api/v1/communities/nowhere/totals")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static CloudEvent event(String code, String name, long version) {
        CommunityState state = new CommunityState(code, name, CommunityKind.COMUNITA_MONTANA, List.of(), null, null, null, version);
        return CloudEvent.of("/territory-service", TerritoryEvents.COMMUNITY_UPSERTED, code,
                EventJson.mapper().valueToTree(state));
    }

    private static int send(CloudEvent event) {
        return TopicReader.send(Topics.TERRITORY, event.subject(), json(event));
    }

    /** A partition is applied in order: once a marker sent behind an event is visible, that event was processed. */
    private static void sendMarkerAndAwait(int partition) {
        String marker = "marker-" + UUID.randomUUID().toString().substring(0, 8);
        TopicReader.send(Topics.TERRITORY, partition, marker, json(event(marker, "Marker", 0)));
        awaitName(marker, "Marker");
    }

    private static String json(CloudEvent event) {
        try {
            return EventJson.mapper().writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitName(String code, String name) {
        await().atMost(VISIBLE_WITHIN).untilAsserted(() -> given().get("/api/v1/communities/" + code + "/totals")
                .then().statusCode(200).body("community.name", equalTo(name)));
    }
}
