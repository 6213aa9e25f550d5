package it.toscana.monitoring.deployment;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import it.toscana.monitoring.events.EventJson;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.testsupport.TopicReader;

@QuarkusTest
class DeploymentEventsTest {

    @Test
    void aPaasPointsEventCarriesItsCommunityAndCurrentUsage() throws Exception {
        TerritoryFixture.Community community = TerritoryFixture.community("events-paas", 1);
        String point = given().contentType(ContentType.JSON)
                .body("{\"istatCode\": \"%s\", \"status\": \"OPEN\", \"siteType\": \"LIBRARY\"}"
                        .formatted(community.municipality(0)))
                .post("/api/v1/paas-points").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON)
                .body("""
                        {"periodStart": "2008-01-01", "periodEnd": "2009-06-30", "registeredUsers": 119,
                         "accesses": 1218, "partial": true}""")
                .post("/api/v1/paas-points/" + point + "/usage-reports").then().statusCode(201);

        JsonNode event = lastEventOf(point, 1);
        assertEquals("/deployment-service", event.get("source").asText());
        assertEquals("it.toscana.monitoring.deployment.paas-point.upserted.v1", event.get("type").asText());
        assertEquals(point, event.get("subject").asText());
        JsonNode data = event.get("data");
        assertEquals(community.code(), data.get("communityCode").asText());
        assertEquals(119, data.get("registeredUsers").asLong());
        assertEquals(1218, data.get("accesses").asLong());
        assertTrue(data.get("partial").asBoolean());
        assertEquals("2009-06-30", data.get("reportedUntil").asText());
    }

    @Test
    void aBroadbandEventCarriesEveryValueAsStored() throws Exception {
        TerritoryFixture.Community community = TerritoryFixture.community("events-broadband-v2", 1);
        String municipality = community.municipality(0);
        given().contentType(ContentType.JSON)
                .body("""
                        {"paConnection": {"network": "RTRT", "technology": "CABLE_OR_TIX_SATELLITE", "status": "ACTIVE"},
                         "fibreRtrt3": {"status": "POSSIBLE", "note": "if the municipality buys fibre services"},
                         "coverage": "NOT_IN_INTERVENTION", "digitalDivideLevel": 1,
                         "hospitalLinks": [{"hospital": "Ospedale di Barga", "link": "RTRT-3", "minSpeedMbps": 100,
                                            "status": "PLANNED"}]}""")
                .put("/api/v1/broadband/" + municipality).then().statusCode(201);

        JsonNode event = lastEventOf(municipality, 0);
        assertEquals("it.toscana.monitoring.deployment.broadband.upserted.v2", event.get("type").asText());
        JsonNode data = event.get("data");
        assertEquals("NOT_IN_INTERVENTION", data.at("/coverage").asText());
        assertEquals("RTRT", data.at("/paConnection/network").asText());
        assertEquals("CABLE_OR_TIX_SATELLITE", data.at("/paConnection/technology").asText());
        assertEquals("ACTIVE", data.at("/paConnection/status").asText());
        assertEquals("POSSIBLE", data.at("/fibreRtrt3/status").asText());
        assertEquals(1, data.at("/digitalDivideLevel").asInt());
        assertEquals("RTRT-3", data.at("/hospitalLinks/0/link").asText());
        assertEquals(100, data.at("/hospitalLinks/0/minSpeedMbps").asInt());
    }

    @Test
    void aDeletionPublishesTheLastStateWithTheNextVersion() throws Exception {
        TerritoryFixture.Community community = TerritoryFixture.community("events-broadband", 1);
        String municipality = community.municipality(0);
        given().contentType(ContentType.JSON)
                .body("""
                        {"paConnection": {"status": "NOT_CONNECTED"}, "coverage": "NOT_COVERED", "unservableUsers": 77}""")
                .put("/api/v1/broadband/" + municipality).then().statusCode(201);
        JsonNode upserted = lastEventOf(municipality, 0);
        assertEquals(community.code(), upserted.at("/data/communityCode").asText());
        assertEquals("NOT_CONNECTED", upserted.at("/data/paConnection/status").asText());

        given().delete("/api/v1/broadband/" + municipality).then().statusCode(204);
        JsonNode deleted = lastEventOf(municipality, 1);
        assertEquals("it.toscana.monitoring.deployment.broadband.deleted.v2", deleted.get("type").asText());
        assertEquals(77, deleted.at("/data/unservableUsers").asInt());
        assertEquals("NOT_CONNECTED", deleted.at("/data/paConnection/status").asText());
    }

    @Test
    void aRefusedWriteProducesNoEvent() {
        TerritoryFixture.Community community = TerritoryFixture.community("events-refused", 1);
        String refused = community.municipality(0);
        given().contentType(ContentType.JSON).body("{\"unservableUsers\": -5}")
                .put("/api/v1/broadband/" + refused).then().statusCode(400);
        String marker = given().contentType(ContentType.JSON)
                .body("{\"communityCode\": \"%s\", \"entity\": \"CM\", \"status\": \"PLANNED\"}".formatted(community.code()))
                .post("/api/v1/voip-installations").then().statusCode(201).extract().path("id");

        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(Topics.DEPLOYMENT,
                record -> marker.equals(record.key()), Duration.ofSeconds(30));
        assertEquals(0, records.stream().filter(record -> refused.equals(record.key())).count());
    }

    /** Reads the topic until the aggregate's event with that version arrives. */
    private static JsonNode lastEventOf(String key, long version) throws Exception {
        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(Topics.DEPLOYMENT,
                record -> key.equals(record.key()) && record.value().contains("\"version\":" + version),
                Duration.ofSeconds(30));
        return EventJson.mapper().readTree(records.get(records.size() - 1).value());
    }
}
