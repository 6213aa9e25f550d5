package it.toscana.monitoring.deployment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class PaasPointTest {

    private static final String PROBLEM = "application/problem+json";

    private TerritoryFixture.Community community;

    @BeforeEach
    void territory() {
        community = TerritoryFixture.community("media-valle", 2);
    }

    @Test
    void aPointTakesItsCommunityFromTheTerritoryRegisterAndIsFilterable() {
        String open = createPoint(community.municipality(0), "OPEN");
        createPoint(community.municipality(1), "BEING_ACCREDITED");

        given().get("/api/v1/paas-points/" + open)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("communityCode", equalTo(community.code()))
                .body("siteType", equalTo("YOUTH_CENTRE"))
                .body("associations", hasItem("Misericordia"))
                .body("registeredUsers", equalTo(0));

        given().queryParam("community", community.code()).get("/api/v1/paas-points")
                .then().statusCode(200).body("total", equalTo(2)).body("items", hasSize(2));
        given().queryParam("community", community.code()).queryParam("status", "OPEN").get("/api/v1/paas-points")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(open));
        given().queryParam("municipality", community.municipality(1)).get("/api/v1/paas-points")
                .then().statusCode(200).body("items[0].status", equalTo("BEING_ACCREDITED"));
        given().queryParam("status", "HALF_OPEN").get("/api/v1/paas-points")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("status"));

        String csv = given().accept("text/csv").queryParam("community", community.code())
                .queryParam("sort", "status").get("/api/v1/paas-points")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.startsWith("id,version,updatedAt,communityCode"), csv);
        org.junit.jupiter.api.Assertions.assertEquals(3, csv.split("\r\n").length, csv);
    }

    @Test
    void anUnknownMunicipalityIsRefusedAndNothingIsStored() {
        String unknown = TerritoryFixture.unknownMunicipality();
        given().contentType(ContentType.JSON).body(pointBody(unknown, "OPEN"))
                .post("/api/v1/paas-points")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItem("istatCode"))
                .body("detail", containsString(unknown));

        given().queryParam("municipality", unknown).get("/api/v1/paas-points").then().body("total", equalTo(0));
    }

    @Test
    void aClosedPointNeedsItsReason() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"istatCode": "%s", "status": "CLOSED"}""".formatted(community.municipality(0)))
                .post("/api/v1/paas-points")
                .then().statusCode(422).contentType(PROBLEM).body("errors.field", hasItem("closureReason"));
    }

    @Test
    void usageReportsAreCumulativeAndAnswerAsOfAnyDate() {
        String point = createPoint(community.municipality(0), "OPEN");
        report(point, "2008-01-01", "2008-12-31", 300, 2000, false, false).statusCode(201).body("revision", equalTo(1));
        report(point, "2009-01-01", "2009-06-30", 556, 4858, true, false).statusCode(201);

        given().get("/api/v1/paas-points/" + point)
                .then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("registeredUsers", equalTo(556)).body("accesses", equalTo(4858))
                .body("partial", equalTo(true)).body("reportedUntil", equalTo("2009-06-30"));
        given().queryParam("asOf", "2009-03-01").get("/api/v1/paas-points/" + point)
                .then().statusCode(200)
                .body("asOf", equalTo("2009-03-01"))
                .body("registeredUsers", equalTo(300)).body("accesses", equalTo(2000)).body("partial", equalTo(false));
        given().queryParam("asOf", "2007-12-31").get("/api/v1/paas-points/" + point)
                .then().statusCode(200).body("registeredUsers", equalTo(0)).body("accesses", equalTo(0));
        given().get("/api/v1/paas-points/" + point + "/usage-reports")
                .then().statusCode(200).body("total", equalTo(2)).body("items.periodEnd", hasItems("2008-12-31", "2009-06-30"));
    }

    @Test
    void loweringAFigureNeedsACorrectionWhichIsANewVersion() {
        String point = createPoint(community.municipality(0), "OPEN");
        report(point, "2008-01-01", "2008-12-31", 300, 2000, false, false).statusCode(201);

        report(point, "2009-01-01", "2009-06-30", 290, 2100, false, false)
                .statusCode(422).contentType(PROBLEM).body("errors.field", hasItem("registeredUsers"));
        report(point, "2008-01-01", "2008-12-31", 250, 1900, false, false).statusCode(409).contentType(PROBLEM);
        report(point, "2007-01-01", "2007-12-31", 0, 0, false, true)
                .statusCode(422).body("errors.field", hasItem("correction"));

        report(point, "2008-01-01", "2008-12-31", 250, 1900, false, true)
                .statusCode(201).body("revision", equalTo(2)).body("correction", equalTo(true));

        given().queryParam("asOf", "2008-12-31").get("/api/v1/paas-points/" + point)
                .then().body("registeredUsers", equalTo(250)).body("accesses", equalTo(1900));
        given().get("/api/v1/paas-points/" + point + "/usage-reports")
                .then().body("total", equalTo(2)).body("items.revision", hasItems(1, 2))
                .body("items.registeredUsers", hasItems(300, 250));
    }

    @Test
    void badCountsAndPeriodsAreRefusedAndNothingIsStored() {
        String point = createPoint(community.municipality(0), "OPEN");
        report(point, "2009-01-01", "2009-06-30", -1, 10, false, false)
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("registeredUsers"));
        report(point, "2009-01-01", "2009-06-30", 1, -10, false, false)
                .statusCode(400).body("errors.field", hasItem("accesses"));
        report(point, "2009-06-30", "2009-01-01", 1, 10, false, false)
                .statusCode(422).contentType(PROBLEM).body("errors.field", hasItem("periodEnd"));
        report("00000000-0000-0000-0000-000000000000", "2009-01-01", "2009-06-30", 1, 10, false, false)
                .statusCode(404);

        given().get("/api/v1/paas-points/" + point + "/usage-reports").then().body("total", equalTo(0));
        given().get("/api/v1/paas-points/" + point).then().header("ETag", equalTo("\"0\""));
    }

    @Test
    void aClosedPointTakesNoAccessesAfterItsClosingDateAndKeepsItsStatusHistory() {
        String point = createPoint(community.municipality(0), "OPEN");
        report(point, "2008-01-01", "2008-12-31", 40, 300, false, false).statusCode(201);

        given().contentType("application/merge-patch+json")
                .body("""
                        {"status": "CLOSED", "closureReason": "RENOUNCED", "closedOn": "2009-03-31"}""")
                .patch("/api/v1/paas-points/" + point)
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("closureReason", equalTo("RENOUNCED"));

        report(point, "2009-01-01", "2009-06-30", 45, 350, false, false)
                .statusCode(422).contentType(PROBLEM).body("errors.field", hasItem("periodEnd"))
                .body("detail", containsString("2009-03-31"));
        report(point, "2009-01-01", "2009-03-31", 45, 350, true, false).statusCode(201);

        given().get("/api/v1/paas-points/" + point + "/status-history")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.contains("OPEN", "CLOSED"))
                .body("[1].since", equalTo("2009-03-31"));
        given().queryParam("asOf", "2009-03-30").get("/api/v1/paas-points/" + point)
                .then().body("status", equalTo("OPEN")).body("registeredUsers", equalTo(40));
        given().queryParam("asOf", "2009-04-01").get("/api/v1/paas-points/" + point)
                .then().body("status", equalTo("CLOSED")).body("closureReason", equalTo("RENOUNCED"))
                .body("registeredUsers", equalTo(45));
    }

    @Test
    void closingBeforeReportedUsageIsRefused() {
        String point = createPoint(community.municipality(0), "OPEN");
        report(point, "2009-01-01", "2009-06-30", 10, 20, false, false).statusCode(201);
        given().contentType("application/merge-patch+json")
                .body("""
                        {"status": "CLOSED", "closureReason": "ACCREDITATION_REFUSED", "closedOn": "2009-03-31"}""")
                .patch("/api/v1/paas-points/" + point)
                .then().statusCode(422).body("errors.field", hasItem("closedOn"));
        // a patch value of the wrong type is named like a body's
        given().contentType("application/merge-patch+json").body("{\"status\": 2}").patch("/api/v1/paas-points/" + point)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("status"));
        given().get("/api/v1/paas-points/" + point).then().body("status", equalTo("OPEN"));
    }

    @Test
    void aNewStatusCannotStartBeforeTheCurrentOne() {
        String point = createPoint(community.municipality(0), "OPEN");
        given().contentType("application/merge-patch+json")
                .body("""
                        {"status": "SUSPENDED", "statusSince": "2007-06-01"}""")
                .patch("/api/v1/paas-points/" + point)
                .then().statusCode(422).contentType(PROBLEM).body("errors.field", hasItem("statusSince"));
        given().get("/api/v1/paas-points/" + point + "/status-history").then().body("status", hasSize(1));
    }

    @Test
    void knownAtCountsOnlyTheStatusChangesAndReportRevisionsRecordedByThen() {
        String point = createPoint(community.municipality(0), "OPEN");
        String firstReportRecorded = report(point, "2008-01-01", "2008-12-31", 300, 2000, false, false).statusCode(201)
                .extract().path("recordedAt");
        report(point, "2008-01-01", "2008-12-31", 250, 1900, false, true).statusCode(201);
        given().contentType("application/merge-patch+json").body("""
                {"status": "SUSPENDED", "statusSince": "2009-09-01"}""")
                .patch("/api/v1/paas-points/" + point).then().statusCode(200);
        String path = "/api/v1/paas-points/" + point;

        given().queryParam("asOf", "2008-12-31").get(path)
                .then().statusCode(200).body("registeredUsers", equalTo(250)).body("knownAt", nullValue());
        given().queryParam("asOf", "2008-12-31").queryParam("knownAt", firstReportRecorded).get(path)
                .then().statusCode(200).body("registeredUsers", equalTo(300)).body("accesses", equalTo(2000))
                .body("knownAt", equalTo(firstReportRecorded)).body("status", equalTo("OPEN"));
        given().queryParam("asOf", "2009-10-01").get(path).then().body("status", equalTo("SUSPENDED"));
        given().queryParam("asOf", "2009-10-01").queryParam("knownAt", firstReportRecorded).get(path)
                .then().body("status", equalTo("OPEN")).body("statusSince", equalTo("2008-01-01"));
        given().queryParam("knownAt", firstReportRecorded).get(path)
                .then().statusCode(200).body("status", equalTo("OPEN")).body("registeredUsers", equalTo(300));
        given().queryParam("knownAt", "2000-01-01").get(path).then().statusCode(404).contentType(PROBLEM);

        given().queryParam("community", community.code()).queryParam("asOf", "2009-10-01").queryParam("status", "SUSPENDED")
                .get("/api/v1/paas-points").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(point)).body("items[0].registeredUsers", equalTo(250));
        given().queryParam("community", community.code()).queryParam("asOf", "2009-10-01").queryParam("status", "SUSPENDED")
                .queryParam("knownAt", firstReportRecorded).get("/api/v1/paas-points").then().body("total", equalTo(0));
        given().queryParam("community", community.code()).queryParam("knownAt", firstReportRecorded)
                .queryParam("sort", "-registeredUsers").get("/api/v1/paas-points")
                .then().body("total", equalTo(1)).body("items[0].registeredUsers", equalTo(300));
        given().queryParam("community", community.code()).queryParam("knownAt", "2000-01-01").get("/api/v1/paas-points")
                .then().statusCode(200).body("total", equalTo(0));

        given().queryParam("knownAt", firstReportRecorded).get(path + "/status-history")
                .then().body("status", contains("OPEN"));
        given().queryParam("knownAt", firstReportRecorded).get(path + "/usage-reports")
                .then().body("total", equalTo(1)).body("items[0].registeredUsers", equalTo(300));

        // the as-of view and the reports answer ?updatedSince= as the live collection does
        given().queryParam("community", community.code()).queryParam("asOf", "2009-10-01")
                .queryParam("updatedSince", firstReportRecorded).get("/api/v1/paas-points")
                .then().statusCode(200).body("items.id", contains(point));
        given().queryParam("community", community.code()).queryParam("asOf", "2009-10-01")
                .queryParam("updatedSince", "2999-01-01T00:00:00Z").get("/api/v1/paas-points")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("updatedSince", firstReportRecorded).get(path + "/usage-reports")
                .then().body("total", equalTo(2)).body("items.registeredUsers", contains(300, 250));
        given().queryParam("updatedSince", "2999-01-01T00:00:00Z").get(path + "/usage-reports")
                .then().body("total", equalTo(0));
    }

    @Test
    void malformedTimesAreA400NamingTheParameter() {
        String point = createPoint(community.municipality(0), "OPEN");
        for (String resource : new String[] { "/api/v1/paas-points/" + point, "/api/v1/paas-points",
                "/api/v1/paas-points/" + point + "/status-history", "/api/v1/paas-points/" + point + "/usage-reports" }) {
            given().queryParam("asOf", "31/12/2008").get(resource)
                    .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("asOf"));
            given().queryParam("knownAt", "2008-12-31T25:00:00Z").get(resource)
                    .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("knownAt"));
        }
    }

    @Test
    void aStatusDateSaysWhereItComesFrom() {
        String municipality = community.municipality(0);
        given().contentType(ContentType.JSON).body("""
                {"istatCode": "%s", "status": "OPEN", "statusSinceSource": "DOCUMENT_DATE"}""".formatted(municipality))
                .post("/api/v1/paas-points").then().statusCode(400).body("errors.field", hasItem("statusSince"));

        String loaded = given().contentType(ContentType.JSON).body("""
                {"istatCode": "%s", "status": "OPEN", "statusSince": "2009-06-30", "statusSinceSource": "DOCUMENT_DATE"}"""
                .formatted(municipality))
                .post("/api/v1/paas-points").then().statusCode(201)
                .body("statusSince", equalTo("2009-06-30")).body("statusSinceSource", equalTo("DOCUMENT_DATE"))
                .extract().path("id");
        given().get("/api/v1/paas-points/" + loaded + "/status-history")
                .then().body("sinceSource", contains("DOCUMENT_DATE"));
        // the same day, now said to be the status's own: relabelled, not a new status
        given().contentType(ContentType.JSON).body("""
                {"istatCode": "%s", "status": "OPEN", "statusSince": "2009-06-30", "statusSinceSource": "STATED"}"""
                .formatted(municipality))
                .put("/api/v1/paas-points/" + loaded).then().statusCode(200).body("statusSinceSource", equalTo("STATED"));
        given().get("/api/v1/paas-points/" + loaded + "/status-history")
                .then().body("sinceSource", contains("STATED"));
        given().contentType("application/merge-patch+json").body("""
                {"status": "SUSPENDED"}""")
                .patch("/api/v1/paas-points/" + loaded).then().statusCode(200)
                .body("statusSince", equalTo(LocalDate.now(ZoneId.of("Europe/Rome")).toString()))
                .body("statusSinceSource", equalTo("RECORDING_DATE"));
        given().queryParam("asOf", "2009-07-01").get("/api/v1/paas-points/" + loaded)
                .then().body("status", equalTo("OPEN")).body("statusSinceSource", equalTo("STATED"));
    }

    @Test
    void aStaleIfMatchIsRefused() {
        String point = createPoint(community.municipality(0), "OPEN");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(pointBody(community.municipality(0), "SUSPENDED"))
                .put("/api/v1/paas-points/" + point)
                .then().statusCode(200).header("ETag", equalTo("\"1\""));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(pointBody(community.municipality(0), "OPEN"))
                .put("/api/v1/paas-points/" + point)
                .then().statusCode(412).contentType(PROBLEM);
        given().get("/api/v1/paas-points/" + point).then().body("status", equalTo("SUSPENDED"));
    }

    @Test
    void theSameIdempotencyKeyGivesTheFirstResponseAgain() {
        String key = "paas-" + community.code();
        String body = pointBody(community.municipality(0), "OPEN");
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/paas-points").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/paas-points")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(pointBody(community.municipality(1), "OPEN"))
                .post("/api/v1/paas-points").then().statusCode(422);

        given().queryParam("community", community.code()).get("/api/v1/paas-points").then().body("total", equalTo(1));
    }

    @Test
    void aBulkUploadStoresEachGoodItemAndExplainsEachBadOne() {
        String barga = createPoint(community.municipality(0), "OPEN");
        String other = createPoint(community.municipality(1), "OPEN");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "bulk-" + community.code())
                .body("""
                        {"periodStart": "2008-01-01", "periodEnd": "2009-06-30", "items": [
                          {"pointId": "%s", "registeredUsers": 556, "accesses": 4858, "partial": true},
                          {"pointId": "%s", "registeredUsers": -5, "accesses": 10},
                          {"pointId": "00000000-0000-0000-0000-000000000000", "registeredUsers": 1, "accesses": 1},
                          {"pointId": "%s", "registeredUsers": 9, "accesses": 9}
                        ]}""".formatted(barga, other, barga))
                .post("/api/v1/paas-usage-reports/bulk")
                .then().statusCode(207)
                .body("succeeded", equalTo(1)).body("failed", equalTo(3))
                .body("items[0].status", equalTo(201))
                .body("items[1].status", equalTo(400)).body("items[1].problem.errors.field", hasItem("registeredUsers"))
                .body("items[2].status", equalTo(404))
                .body("items[3].status", equalTo(422));

        given().get("/api/v1/paas-points/" + barga)
                .then().body("registeredUsers", equalTo(556)).body("accesses", equalTo(4858)).body("partial", equalTo(true));
        given().get("/api/v1/paas-points/" + other + "/usage-reports").then().body("total", equalTo(0));
    }

    private static String createPoint(String istatCode, String status) {
        return given().contentType(ContentType.JSON).body(pointBody(istatCode, status))
                .post("/api/v1/paas-points")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/paas-points/"))
                .extract().path("id");
    }

    private static String pointBody(String istatCode, String status) {
        return """
                {"istatCode": "%s", "siteType": "YOUTH_CENTRE", "siteDescription": "centro giovani",
                 "associations": ["Misericordia"], "associationCount": 1, "status": "%s", "statusSince": "2008-01-01",
                 "source": {"document": "000_740a832bca25e879.txt", "location": "Scheda 5, Tabella 3"}}"""
                .formatted(istatCode, status);
    }

    private static ValidatableResponse report(String point, String start, String end, long users, long accesses,
            boolean partial, boolean correction) {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"periodStart": "%s", "periodEnd": "%s", "registeredUsers": %d, "accesses": %d,
                         "partial": %s, "correction": %s}""".formatted(start, end, users, accesses, partial, correction))
                .post("/api/v1/paas-points/" + point + "/usage-reports")
                .then();
    }
}
