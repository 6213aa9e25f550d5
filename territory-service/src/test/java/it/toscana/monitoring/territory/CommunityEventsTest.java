package it.toscana.monitoring.territory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import it.toscana.monitoring.events.EventJson;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.testsupport.TopicReader;

@QuarkusTest
class CommunityEventsTest {

    @Test
    void aCreatedCommunityIsPublishedWithItsFullState() throws Exception {
        given().contentType(ContentType.JSON)
                .body("""
                        {"code": "media-valle-del-serchio", "name": "Media Valle del Serchio", "kind": "COMUNITA_MONTANA"}""")
                .post("/api/v1/communities")
                .then().statusCode(201);

        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(Topics.TERRITORY,
                record -> "media-valle-del-serchio".equals(record.key()), Duration.ofSeconds(30));
        ConsumerRecord<String, String> record = records.get(records.size() - 1);
        JsonNode event = EventJson.mapper().readTree(record.value());

        assertEquals("1.0", event.get("specversion").asText());
        assertNotNull(UUID.fromString(event.get("id").asText()));
        assertEquals("/territory-service", event.get("source").asText());
        assertEquals("it.toscana.monitoring.territory.community.upserted.v1", event.get("type").asText());
        assertEquals("media-valle-del-serchio", event.get("subject").asText());
        assertNotNull(event.get("time").asText());
        assertEquals("application/json", event.get("datacontenttype").asText());
        JsonNode data = event.get("data");
        assertEquals("media-valle-del-serchio", data.get("code").asText());
        assertEquals("Media Valle del Serchio", data.get("name").asText());
        assertEquals("COMUNITA_MONTANA", data.get("kind").asText());
        assertEquals(0, data.get("version").asLong());
    }

    @Test
    void aRefusedWriteProducesNoEvent() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"code": "garfagnana", "name": "", "kind": "COMUNITA_MONTANA"}""")
                .post("/api/v1/communities")
                .then().statusCode(400);
        // A marker written afterwards arrives; the refused community never does before it.
        given().contentType(ContentType.JSON)
                .body("""
                        {"code": "marker-after-refusal", "name": "Marker", "kind": "UNIONE_COMUNI"}""")
                .post("/api/v1/communities")
                .then().statusCode(201);

        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(Topics.TERRITORY,
                record -> "marker-after-refusal".equals(record.key()), Duration.ofSeconds(30));
        assertEquals(0, records.stream().filter(r -> "garfagnana".equals(r.key())).count());
    }
}
