package it.toscana.monitoring.deployment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import it.toscana.monitoring.testsupport.ListingChecks;

@QuarkusTest
class CartAndRolloutFactsTest {

    private static final String PROBLEM = "application/problem+json";

    private TerritoryFixture.Community community;

    @BeforeEach
    void territory() {
        community = TerritoryFixture.community("alta-val-di-cecina", 2);
    }

    @Test
    void nalNodesSayWhoHostsAndWhoUsesThem() {
        String node = create("/api/v1/nal-nodes", """
                {"communityCode": "%s", "hostEntity": "Comunità Montana Alta Val di Cecina",
                 "hostEntityType": "COMMUNITY", "userEntities": ["Pomarance", "Volterra"], "status": "ACTIVE"}"""
                .formatted(community.code()));
        create("/api/v1/nal-nodes", """
                {"communityCode": "%s", "hostEntity": "Provincia di Grosseto", "hostEntityType": "PROVINCE",
                 "userEntities": ["Montieri"], "status": "ACTIVE", "uncertain": true}""".formatted(community.code()));

        given().get("/api/v1/nal-nodes/" + node).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("userEntities", contains("Pomarance", "Volterra"));
        given().queryParam("community", community.code()).queryParam("sort", "-hostEntity").get("/api/v1/nal-nodes")
                .then().body("total", equalTo(2)).body("items[0].hostEntity", equalTo("Provincia di Grosseto"));
        given().contentType(ContentType.JSON).body("""
                {"communityCode": "%s", "hostEntity": "Comunità Montana Alta Val di Cecina",
                 "hostEntityType": "COMMUNITY", "userEntities": ["Pomarance"], "status": "ACTIVE"}"""
                .formatted(community.code()))
                .put("/api/v1/nal-nodes/" + node).then().statusCode(200).body("userEntities", contains("Pomarance"));
        ListingChecks.refusesUnknownSort("/api/v1/nal-nodes", "communityCode, hostEntity, istatCode, status, updatedAt");
        given().contentType(ContentType.JSON).body("""
                {"communityCode": "nowhere-at-all", "hostEntity": "X", "hostEntityType": "OTHER", "status": "ACTIVE"}""")
                .post("/api/v1/nal-nodes")
                .then().statusCode(422).contentType(PROBLEM).body("errors.field", hasItem("communityCode"));
    }

    @Test
    void interProStatusPerEntityWithMessagesExchanged() {
        String barga = create("/api/v1/interpro-statuses", """
                {"istatCode": "%s", "entity": "Barga", "entityType": "MUNICIPALITY", "status": "ACTIVE",
                 "messagesExchanged": 12, "messagesPeriod": "last month"}""".formatted(community.municipality(0)));
        create("/api/v1/interpro-statuses", """
                {"istatCode": "%s", "entity": "Coreglia", "entityType": "MUNICIPALITY", "status": "NOT_STARTED"}"""
                .formatted(community.municipality(1)));

        given().queryParam("community", community.code()).queryParam("status", "ACTIVE")
                .get("/api/v1/interpro-statuses")
                .then().body("total", equalTo(1)).body("items[0].id", equalTo(barga))
                .body("items[0].communityCode", equalTo(community.code()))
                .body("items[0].messagesExchanged", equalTo(12));
        given().contentType("application/merge-patch+json").body("{\"status\": \"IN_PROGRESS\", \"messagesExchanged\": -3}")
                .patch("/api/v1/interpro-statuses/" + barga)
                .then().statusCode(400).body("errors.field", hasItem("messagesExchanged"));
        given().contentType("application/merge-patch+json").body("{\"messagesExchanged\": 20}")
                .patch("/api/v1/interpro-statuses/" + barga)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("messagesExchanged", equalTo(20))
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void telecentresVoipForeGovAndJusticeOfficesAreRecordedFilteredAndDeleted() {
        String telecentre = create("/api/v1/telecentres", """
                {"communityCode": "%s", "phase": "II", "status": "IN_PROGRESS", "workstations": 18,
                 "teacherWorkstations": 1, "jobsTarget": 8, "regionalFunding": 50000.00,
                 "location": "aula informatica della sede della Comunità Montana"}""".formatted(community.code()));
        create("/api/v1/voip-installations", """
                {"communityCode": "%s", "entity": "Comunità Montana", "status": "IN_PROGRESS", "switchboards": 5,
                 "terminals": 200, "terminalsApproximate": true}""".formatted(community.code()));
        create("/api/v1/fore-gov-adhesions", """
                {"istatCode": "%s", "entity": "Pomarance", "status": "EXPECTED", "employees": 15}"""
                .formatted(community.municipality(0)));
        create("/api/v1/justice-offices", """
                {"communityCode": "%s", "office": "Tribunale di Lucca", "status": "ACTIVE", "activation": "2008-06-20",
                 "magistrates": 29, "lawyers": 500, "accesses": 31000, "accessesSince": "2009-01-01"}"""
                .formatted(community.code()));

        given().queryParam("community", community.code()).queryParam("status", "IN_PROGRESS").get("/api/v1/telecentres")
                .then().body("total", equalTo(1)).body("items[0].workstations", equalTo(18));
        given().queryParam("community", community.code()).get("/api/v1/voip-installations")
                .then().body("items[0].terminals", equalTo(200));
        given().queryParam("municipality", community.municipality(0)).get("/api/v1/fore-gov-adhesions")
                .then().body("total", equalTo(1)).body("items[0].communityCode", equalTo(community.code()));
        given().queryParam("community", community.code()).queryParam("status", "ACTIVE").get("/api/v1/justice-offices")
                .then().body("items[0].accesses", equalTo(31000)).body("items[0].activation", equalTo("2008-06-20"));

        given().header("If-Match", "\"7\"").delete("/api/v1/telecentres/" + telecentre).then().statusCode(412);
        given().delete("/api/v1/telecentres/" + telecentre).then().statusCode(204);
        given().get("/api/v1/telecentres/" + telecentre).then().statusCode(404).contentType(PROBLEM);
    }

    /** The booklets' START / SUAP / URP status per entity: one fact per entity and service. */
    @Test
    void startSuapAndUrpAdhesionsArePerEntityAndService() {
        String urp = create("/api/v1/service-adhesions", """
                {"istatCode": "%s", "entity": "Barga", "service": "URP", "status": "IN_PROGRESS", "staffTrained": true,
                 "source": {"document": "000_740a832bca25e879.txt", "location": "Scheda 4"}}"""
                .formatted(community.municipality(0)));
        create("/api/v1/service-adhesions", """
                {"communityCode": "%s", "entity": "Comunità Montana", "service": "START", "status": "PLANNED"}"""
                .formatted(community.code()));
        create("/api/v1/service-adhesions", """
                {"istatCode": "%s", "entity": "Coreglia", "service": "SUAP", "status": "JOINED"}"""
                .formatted(community.municipality(1)));

        given().get("/api/v1/service-adhesions/" + urp).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("communityCode", equalTo(community.code())).body("staffTrained", equalTo(true))
                .body("source.location", equalTo("Scheda 4"));
        given().queryParam("community", community.code()).queryParam("sort", "service").get("/api/v1/service-adhesions")
                .then().body("total", equalTo(3)).body("items.service", contains("START", "SUAP", "URP"))
                .body("items.staffTrained", contains(null, null, true));
        given().queryParam("community", community.code()).queryParam("status", "PLANNED").get("/api/v1/service-adhesions")
                .then().body("items.entity", contains("Comunità Montana"));
        given().queryParam("community", community.code()).queryParam("service", "SUAP").get("/api/v1/service-adhesions")
                .then().statusCode(200).body("total", equalTo(1)).body("items.entity", contains("Coreglia"));
        given().queryParam("community", community.code()).queryParam("service", "URP").queryParam("status", "PLANNED")
                .get("/api/v1/service-adhesions").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("service", "PEC").get("/api/v1/service-adhesions").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", contains("service"))
                .body("errors.message", contains("one of [START, SUAP, URP]"));
        ListingChecks.refusesUnknownSort("/api/v1/service-adhesions", "communityCode, entity, istatCode, service, status, updatedAt");
        given().contentType(ContentType.JSON).body("""
                {"communityCode": "%s", "entity": "Comunità Montana", "service": "PEC", "status": "ACTIVE"}"""
                .formatted(community.code()))
                .post("/api/v1/service-adhesions").then().statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body("""
                {"communityCode": "%s", "entity": "Comunità Montana", "status": "ACTIVE"}""".formatted(community.code()))
                .post("/api/v1/service-adhesions").then().statusCode(400).body("errors.field", hasItem("service"));
        given().queryParam("community", community.code()).get("/api/v1/service-adhesions").then().body("total", equalTo(3));
    }

    /** A replayed POST answers the first response again, typed as the first: the same body, ETag and Location. */
    @Test
    void theSameIdempotencyKeyGivesTheFirstFactAgain() {
        String key = "nal-" + community.code();
        String body = nalNode("Sede CM", "ACTIVE");
        Response first = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).post("/api/v1/nal-nodes").then().statusCode(201).contentType(ContentType.JSON)
                .extract().response();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/api/v1/nal-nodes")
                .then().statusCode(201).contentType(ContentType.JSON).header("Idempotent-Replayed", "true")
                .header("ETag", equalTo(first.header("ETag"))).header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(first.path("id"))).body("hostEntity", equalTo("Sede CM"))
                .body("version", equalTo(0));
        given().queryParam("community", community.code()).queryParam("status", "ACTIVE").get("/api/v1/nal-nodes")
                .then().body("items.id", hasItem((String) first.path("id")));
    }

    @Test
    void negativeCountsAndBadDatesAreRefused() {
        given().contentType(ContentType.JSON).body("""
                {"communityCode": "%s", "entity": "CM", "status": "ACTIVE", "switchboards": -1}"""
                .formatted(community.code()))
                .post("/api/v1/voip-installations")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("switchboards"));
        given().contentType(ContentType.JSON).body("""
                {"communityCode": "%s", "office": "Tribunale", "status": "ACTIVE", "activation": "marzo 2009"}"""
                .formatted(community.code()))
                .post("/api/v1/justice-offices")
                .then().statusCode(400).body("errors.field", hasItem("activation"));
        given().contentType(ContentType.JSON).body("""
                {"istatCode": "%s", "entity": "Nowhere", "status": "JOINED"}"""
                .formatted(TerritoryFixture.unknownMunicipality()))
                .post("/api/v1/fore-gov-adhesions")
                .then().statusCode(422).body("errors.field", hasItem("istatCode"));
        // a value of another JSON type is refused, not converted: 1.5 switchboards would be stored as 1,
        // status 1 as the second status, 123 as the text "123"
        for (String wrong : new String[] {"\"switchboards\": 1.5", "\"switchboards\": \"2\"", "\"status\": 1",
                "\"entity\": 123", "\"notes\": true"}) {
            String field = wrong.substring(1, wrong.indexOf('"', 1));
            given().contentType(ContentType.JSON).body("""
                    {"communityCode": "%s", "entity": "CM", "status": "ACTIVE", %s}""".formatted(community.code(), wrong))
                    .post("/api/v1/voip-installations")
                    .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem(field));
        }
        given().queryParam("community", community.code()).get("/api/v1/voip-installations").then().body("total", equalTo(0));
    }

    @Test
    void updatedSinceListsWhatChangedSinceOldestChangeFirst() {
        String before = create("/api/v1/nal-nodes", nalNode("Before", "PLANNED"));
        Instant since = Instant.now();
        String after = create("/api/v1/nal-nodes", nalNode("After", "PLANNED"));

        given().queryParam("community", community.code()).queryParam("updatedSince", since.toString())
                .get("/api/v1/nal-nodes")
                .then().statusCode(200).body("items.id", contains(after));
        given().contentType(ContentType.JSON).body(nalNode("Before", "ACTIVE")).put("/api/v1/nal-nodes/" + before)
                .then().statusCode(200);
        given().queryParam("community", community.code()).queryParam("updatedSince", since.toString())
                .get("/api/v1/nal-nodes")
                .then().statusCode(200).body("items.id", contains(after, before));
        ListingChecks.refusesMalformedUpdatedSince("/api/v1/nal-nodes");
    }

    private String nalNode(String host, String status) {
        return """
                {"communityCode": "%s", "hostEntity": "%s", "hostEntityType": "OTHER", "status": "%s"}"""
                .formatted(community.code(), host, status);
    }

    private static String create(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(201).extract().path("id");
    }
}
