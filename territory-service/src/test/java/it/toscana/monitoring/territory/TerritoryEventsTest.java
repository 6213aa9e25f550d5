package it.toscana.monitoring.territory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import it.toscana.monitoring.events.EventJson;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.events.territory.TerritoryEvents;
import it.toscana.monitoring.testsupport.TopicReader;

/** Every create, update and delete is read back from the real broker: envelope, full state, version. */
@QuarkusTest
class TerritoryEventsTest {

    @Test
    void communityChangesArePublishedWithFullStateAndVersion() {
        String code = Fixtures.communityCode("alta-val-di-cecina");
        given().contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "name": "Alta Val di Cecina", "kind": "COMUNITA_MONTANA", "provinces": ["PI"],
                         "legalBasis": "Decreto RT n. 207/08", "homogeneousZone": "zona omogenea D", "notes": "re-constituted"}"""
                        .formatted(code))
                .post("/api/v1/communities").then().statusCode(201);
        given().contentType(Fixtures.MERGE_PATCH).body("{\"provinces\": [\"PI\", \"SI\"]}")
                .patch("/api/v1/communities/" + code).then().statusCode(200);
        given().delete("/api/v1/communities/" + code).then().statusCode(204);

        List<JsonNode> events = eventsOf(code, TerritoryEvents.COMMUNITY_DELETED);

        assertTypesAndVersions(events, List.of(TerritoryEvents.COMMUNITY_UPSERTED, TerritoryEvents.COMMUNITY_UPSERTED,
                TerritoryEvents.COMMUNITY_DELETED), List.of(0L, 1L, 2L));
        JsonNode created = events.get(0).get("data");
        assertEquals(code, created.get("code").asText());
        assertEquals("Alta Val di Cecina", created.get("name").asText());
        assertEquals("COMUNITA_MONTANA", created.get("kind").asText());
        assertEquals("[\"PI\"]", created.get("provinces").toString());
        assertEquals("Decreto RT n. 207/08", created.get("legalBasis").asText());
        assertEquals("zona omogenea D", created.get("homogeneousZone").asText());
        assertEquals("re-constituted", created.get("notes").asText());
        // The deletion carries the last state.
        assertEquals("[\"PI\",\"SI\"]", events.get(2).get("data").get("provinces").toString());
        assertEquals("Alta Val di Cecina", events.get(2).get("data").get("name").asText());
    }

    @Test
    void municipalityChangesCarryThePopulationSeries() {
        String istat = Fixtures.istatCode();
        given().contentType(ContentType.JSON)
                .body("""
                        {"istatCode": "%s", "name": "Barga", "province": "LU", "population": 10052, "populationDate": "2005-12-31"}"""
                        .formatted(istat))
                .post("/api/v1/municipalities").then().statusCode(201);
        given().contentType(ContentType.JSON).body("""
                {"referenceDate": "2008-12-31", "population": 10300}""")
                .post("/api/v1/municipalities/" + istat + "/population").then().statusCode(201);
        given().delete("/api/v1/municipalities/" + istat).then().statusCode(204);

        List<JsonNode> events = eventsOf(istat, TerritoryEvents.MUNICIPALITY_DELETED);

        assertTypesAndVersions(events, List.of(TerritoryEvents.MUNICIPALITY_UPSERTED,
                TerritoryEvents.MUNICIPALITY_UPSERTED, TerritoryEvents.MUNICIPALITY_DELETED), List.of(0L, 1L, 2L));
        JsonNode updated = events.get(1).get("data");
        assertEquals(istat, updated.get("istatCode").asText());
        assertEquals("Barga", updated.get("name").asText());
        assertEquals("LU", updated.get("province").asText());
        assertEquals(10300, updated.get("population").asInt());
        assertEquals("2008-12-31", updated.get("populationDate").asText());
        assertEquals(2, updated.get("populationSeries").size());
        assertEquals("2005-12-31", updated.get("populationSeries").get(0).get("referenceDate").asText());
        assertEquals(10052, updated.get("populationSeries").get(0).get("population").asInt());
    }

    @Test
    void membershipChangesArePublished() {
        String community = Fixtures.communityCode("media-valle-del-serchio");
        String istat = Fixtures.istatCode();
        Fixtures.community(community);
        Fixtures.municipality(istat, "Fabbriche di Vallico", "LU");
        String id = Fixtures.membership(istat, community, "2009-01-01", null);
        given().contentType(Fixtures.MERGE_PATCH).body("{\"validTo\": \"2013-12-31\"}")
                .patch("/api/v1/memberships/" + id).then().statusCode(200);
        given().delete("/api/v1/memberships/" + id).then().statusCode(204);

        List<JsonNode> events = eventsOf(id, TerritoryEvents.MEMBERSHIP_DELETED);

        assertTypesAndVersions(events, List.of(TerritoryEvents.MEMBERSHIP_UPSERTED,
                TerritoryEvents.MEMBERSHIP_UPSERTED, TerritoryEvents.MEMBERSHIP_DELETED), List.of(0L, 1L, 2L));
        JsonNode ended = events.get(1).get("data");
        assertEquals(id, ended.get("id").asText());
        assertEquals(istat, ended.get("istatCode").asText());
        assertEquals(community, ended.get("communityCode").asText());
        assertEquals("2009-01-01", ended.get("validFrom").asText());
        assertEquals("2013-12-31", ended.get("validTo").asText());
    }

    @Test
    void placeChangesArePublished() {
        String istat = Fixtures.istatCode();
        Fixtures.municipality(istat, "Pontremoli", "MS");
        String id = given().contentType(ContentType.JSON)
                .body("""
                        {"kind": "LIBRARY", "name": "Biblioteca civica", "istatCode": "%s", "address": "Piazza della Repubblica"}"""
                        .formatted(istat))
                .post("/api/v1/places").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON)
                .body("""
                        {"kind": "YOUTH_CENTRE", "name": "Centro giovani", "istatCode": "%s"}""".formatted(istat))
                .put("/api/v1/places/" + id).then().statusCode(200);
        given().delete("/api/v1/places/" + id).then().statusCode(204);

        List<JsonNode> events = eventsOf(id, TerritoryEvents.PLACE_DELETED);

        assertTypesAndVersions(events, List.of(TerritoryEvents.PLACE_UPSERTED, TerritoryEvents.PLACE_UPSERTED,
                TerritoryEvents.PLACE_DELETED), List.of(0L, 1L, 2L));
        JsonNode created = events.get(0).get("data");
        assertEquals(id, created.get("id").asText());
        assertEquals("LIBRARY", created.get("kind").asText());
        assertEquals("Biblioteca civica", created.get("name").asText());
        assertEquals(istat, created.get("istatCode").asText());
        assertEquals("Piazza della Repubblica", created.get("address").asText());
        assertEquals("YOUTH_CENTRE", events.get(2).get("data").get("kind").asText());
    }

    /** The events of one aggregate, in topic order, read until the given type arrives; each envelope checked. */
    private static List<JsonNode> eventsOf(String key, String lastType) {
        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(Topics.TERRITORY,
                record -> key.equals(record.key()) && record.value().contains(lastType), Duration.ofSeconds(30));
        List<JsonNode> events = records.stream().filter(record -> key.equals(record.key()))
                .map(record -> parse(record.value())).toList();
        events.forEach(event -> assertEnvelope(event, key));
        return events;
    }

    private static void assertEnvelope(JsonNode event, String subject) {
        assertEquals("1.0", event.get("specversion").asText());
        assertNotNull(UUID.fromString(event.get("id").asText()));
        assertEquals("/territory-service", event.get("source").asText());
        assertEquals(subject, event.get("subject").asText());
        assertTrue(event.hasNonNull("time"));
        assertEquals("application/json", event.get("datacontenttype").asText());
        assertTrue(event.get("data").get("version").isIntegralNumber());
    }

    private static void assertTypesAndVersions(List<JsonNode> events, List<String> types, List<Long> versions) {
        assertEquals(types, events.stream().map(event -> event.get("type").asText()).toList());
        assertEquals(versions, events.stream().map(event -> event.get("data").get("version").asLong()).toList());
    }

    private static JsonNode parse(String value) {
        try {
            return EventJson.mapper().readTree(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not JSON: " + value, e);
        }
    }
}
