package it.toscana.monitoring.deployment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.testsupport.TopicReader;

@QuarkusTest
class DeploymentEventsTest {

    @Test
    void aPaasPointsEventCarriesItsCommunityAndCurrentUsage() {
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

        JsonNode event = DeploymentTopic.eventOf(point, 1);
        assertEquals("/deployment-service", event.get("source").asText());
        assertEquals("it.toscana.monitoring.deployment.paas-point.upserted.v2", event.get("type").asText());
        assertEquals(point, event.get("subject").asText());
        JsonNode data = event.get("data");
        assertEquals(community.code(), data.get("communityCode").asText());
        assertEquals(119, data.get("registeredUsers").asLong());
        assertEquals(1218, data.get("accesses").asLong());
        assertTrue(data.get("partial").asBoolean());
        assertEquals("2009-06-30", data.get("reportedUntil").asText());
    }

    @Test
    void aBroadbandEventCarriesEveryValueAsStored() {
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

        JsonNode event = DeploymentTopic.eventOf(municipality, 0);
        assertEquals("it.toscana.monitoring.deployment.broadband.upserted.v3", event.get("type").asText());
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
    void aDeletionPublishesTheLastStateWithTheNextVersion() {
        TerritoryFixture.Community community = TerritoryFixture.community("events-broadband", 1);
        String municipality = community.municipality(0);
        given().contentType(ContentType.JSON)
                .body("""
                        {"paConnection": {"status": "NOT_CONNECTED"}, "coverage": "NOT_COVERED", "unservableUsers": 77}""")
                .put("/api/v1/broadband/" + municipality).then().statusCode(201);
        JsonNode upserted = DeploymentTopic.eventOf(municipality, 0);
        assertEquals(community.code(), upserted.at("/data/communityCode").asText());
        assertEquals("NOT_CONNECTED", upserted.at("/data/paConnection/status").asText());

        given().delete("/api/v1/broadband/" + municipality).then().statusCode(204);
        JsonNode deleted = DeploymentTopic.eventOf(municipality, 1);
        assertEquals("it.toscana.monitoring.deployment.broadband.deleted.v3", deleted.get("type").asText());
        assertEquals(77, deleted.at("/data/unservableUsers").asInt());
        assertEquals("NOT_CONNECTED", deleted.at("/data/paConnection/status").asText());
    }

    /** A fact kind with a business date: created by POST to its collection, or by PUT to its key. */
    private record DatedKind(String collection, String key, String fields, String event) {

        Response create(String body) {
            RequestSpecification request = given().contentType(ContentType.JSON).body(body);
            return key == null ? request.post(collection) : request.put(collection + "/" + key);
        }

        /** The kind's fields (a JSON object) with more. */
        String with(String more) {
            return fields.substring(0, fields.lastIndexOf('}')) + more + "}";
        }
    }

    @Test
    void everyDatedFactPublishesItsNewVersionWithSinceResolvedFromItsSource() {
        TerritoryFixture.Community community = TerritoryFixture.community("events-since", 2);
        String c = community.code();
        String m = community.municipality(0);
        String today = LocalDate.now(ZoneId.of("Europe/Rome")).toString();
        List<DatedKind> kinds = List.of(
                new DatedKind("/api/v1/nal-nodes", null, """
                        {"communityCode": "%s", "hostEntity": "CM", "hostEntityType": "COMMUNITY", "status": "ACTIVE"}"""
                        .formatted(c), "nal-node.%s.v2"),
                new DatedKind("/api/v1/interpro-statuses", null, """
                        {"istatCode": "%s", "entity": "Barga", "entityType": "MUNICIPALITY", "status": "ACTIVE"}"""
                        .formatted(m), "interpro.%s.v2"),
                new DatedKind("/api/v1/telecentres", null, """
                        {"communityCode": "%s", "status": "IN_PROGRESS"}""".formatted(c), "telecentre.%s.v2"),
                new DatedKind("/api/v1/voip-installations", null, """
                        {"communityCode": "%s", "entity": "CM", "status": "PLANNED"}""".formatted(c),
                        "voip-installation.%s.v2"),
                new DatedKind("/api/v1/fore-gov-adhesions", null, """
                        {"istatCode": "%s", "entity": "Pomarance", "status": "EXPECTED"}""".formatted(m),
                        "fore-gov-adhesion.%s.v2"),
                new DatedKind("/api/v1/justice-offices", null, """
                        {"communityCode": "%s", "office": "Tribunale di Lucca", "status": "ACTIVE"}""".formatted(c),
                        "justice-office.%s.v2"),
                new DatedKind("/api/v1/service-adhesions", null, """
                        {"istatCode": "%s", "entity": "Pomarance", "service": "SUAP", "status": "JOINED"}""".formatted(m),
                        "service-adhesion.%s.v1"),
                new DatedKind("/api/v1/broadband", community.municipality(1), """
                        {"coverage": "COVERED_ACTIVE"}""", "broadband.%s.v3"));
        for (DatedKind kind : kinds) {
            String upserted = kind.event().formatted("upserted");
            kind.create(kind.with(", \"sinceSource\": \"DOCUMENT_DATE\""))
                    .then().statusCode(400).body("errors.field", hasItem("since"));

            String id = kind.create(kind.with(", \"since\": \"2009-03-31\""))
                    .then().statusCode(201).body("since", equalTo("2009-03-31")).body("sinceSource", equalTo("STATED"))
                    .extract().path("id");
            String one = kind.collection() + "/" + id;
            assertSince(DeploymentTopic.eventOf(id, 0), upserted, "2009-03-31", "STATED");

            put(one, kind.with(", \"since\": \"2009-06-30\", \"sinceSource\": \"DOCUMENT_DATE\""))
                    .body("since", equalTo("2009-06-30")).body("sinceSource", equalTo("DOCUMENT_DATE"));
            assertSince(DeploymentTopic.eventOf(id, 1), upserted, "2009-06-30", "DOCUMENT_DATE");

            put(one, kind.fields()).body("since", equalTo(today)).body("sinceSource", equalTo("RECORDING_DATE"));
            assertSince(DeploymentTopic.eventOf(id, 2), upserted, today, "RECORDING_DATE");

            // a date patched without its source is stated, though the fact's was RECORDING_DATE
            given().contentType("application/merge-patch+json").body("{\"since\": \"2008-12-01\"}").patch(one)
                    .then().statusCode(200).body("since", equalTo("2008-12-01")).body("sinceSource", equalTo("STATED"));
            assertSince(DeploymentTopic.eventOf(id, 3), upserted, "2008-12-01", "STATED");

            // RECORDING_DATE sent back (as a GET shows it): the date that comes with it is not the fact's own
            put(one, kind.with(", \"since\": \"2001-01-01\", \"sinceSource\": \"RECORDING_DATE\""))
                    .body("since", equalTo(today)).body("sinceSource", equalTo("RECORDING_DATE"));
            assertSince(DeploymentTopic.eventOf(id, 4), upserted, today, "RECORDING_DATE");

            given().delete(one).then().statusCode(204);
            assertSince(DeploymentTopic.eventOf(id, 5), kind.event().formatted("deleted"), today, "RECORDING_DATE");
        }
    }

    @Test
    void aPaasPointsEventCarriesItsStatusHistoryAndItsUsagePerPeriodWithCorrections() {
        TerritoryFixture.Community community = TerritoryFixture.community("events-paas-history", 1);
        String point = given().contentType(ContentType.JSON)
                .body("""
                        {"istatCode": "%s", "status": "OPEN", "statusSince": "2008-01-01"}""".formatted(community.municipality(0)))
                .post("/api/v1/paas-points").then().statusCode(201).extract().path("id");
        report(point, "2008-01-01", "2008-12-31", 300, 2000, false);
        report(point, "2009-01-01", "2009-06-30", 556, 4858, false);
        report(point, "2008-01-01", "2008-12-31", 250, 1900, true);
        given().contentType("application/merge-patch+json").body("""
                {"status": "SUSPENDED", "statusSince": "2009-09-01"}""")
                .patch("/api/v1/paas-points/" + point).then().statusCode(200);
        given().contentType(ContentType.JSON).body("""
                {"periodStart": "2009-07-01", "periodEnd": "2009-08-31", "items": [
                  {"pointId": "%s", "registeredUsers": 600, "accesses": 5000, "partial": true}]}""".formatted(point))
                .post("/api/v1/paas-usage-reports/bulk").then().statusCode(207).body("succeeded", equalTo(1));

        JsonNode event = DeploymentTopic.eventOf(point, 5);
        assertEquals("it.toscana.monitoring.deployment.paas-point.upserted.v2", event.get("type").asText());
        JsonNode data = event.get("data");
        assertEquals("SUSPENDED", data.get("status").asText());
        assertEquals("2009-09-01", data.get("statusSince").asText());
        assertEquals(List.of("OPEN@2008-01-01", "SUSPENDED@2009-09-01"), entries(data.get("statusHistory"),
                status -> status.get("status").asText() + "@" + status.get("since").asText()));
        assertEquals(List.of("2008-12-31:250/1900", "2009-06-30:556/4858", "2009-08-31:600/5000 partial"),
                entries(data.get("usageHistory"), usage -> usage.get("periodEnd").asText() + ":"
                        + usage.get("registeredUsers").asLong() + "/" + usage.get("accesses").asLong()
                        + (usage.get("partial").asBoolean() ? " partial" : "")));
        assertEquals(600, data.get("registeredUsers").asLong());
        assertEquals("2009-08-31", data.get("reportedUntil").asText());

        // the correction alone was already a new full state
        JsonNode corrected = DeploymentTopic.eventOf(point, 3).get("data");
        assertEquals(List.of("2008-12-31:250", "2009-06-30:556"), entries(corrected.get("usageHistory"),
                usage -> usage.get("periodEnd").asText() + ":" + usage.get("registeredUsers").asLong()));

        given().delete("/api/v1/paas-points/" + point).then().statusCode(204);
        JsonNode deleted = DeploymentTopic.eventOf(point, 6);
        assertEquals("it.toscana.monitoring.deployment.paas-point.deleted.v2", deleted.get("type").asText());
        assertEquals(2, deleted.at("/data/statusHistory").size());
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

    private static ValidatableResponse put(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).put(path).then().statusCode(200);
    }

    private static void assertSince(JsonNode event, String type, String since, String source) {
        assertEquals("it.toscana.monitoring.deployment." + type, event.get("type").asText());
        assertEquals(since, event.at("/data/since").asText(), type);
        assertEquals(source, event.at("/data/sinceSource").asText(), type);
    }

    private static void report(String point, String start, String end, long users, long accesses, boolean correction) {
        given().contentType(ContentType.JSON)
                .body("""
                        {"periodStart": "%s", "periodEnd": "%s", "registeredUsers": %d, "accesses": %d,
                         "correction": %s}""".formatted(start, end, users, accesses, correction))
                .post("/api/v1/paas-points/" + point + "/usage-reports").then().statusCode(201);
    }

    private static List<String> entries(JsonNode array, Function<JsonNode, String> entry) {
        List<String> entries = new ArrayList<>();
        array.forEach(element -> entries.add(entry.apply(element)));
        return entries;
    }
}
