package it.toscana.monitoring.deployment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class BroadbandTest {

    private static final String PROBLEM = "application/problem+json";

    private TerritoryFixture.Community community;

    @BeforeEach
    void territory() {
        community = TerritoryFixture.community("colline-metallifere", 2);
    }

    @Test
    void takesEveryBroadbandFactOfTheReferenceData() {
        String massaMarittima = community.municipality(0);
        given().contentType(ContentType.JSON).body(massaMarittima())
                .put("/api/v1/broadband/" + massaMarittima)
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/broadband/" + massaMarittima))
                .header("ETag", equalTo("\"0\""))
                .body("communityCode", equalTo(community.code()))
                .body("paConnection.technology", equalTo("CABLE_OR_TIX_SATELLITE"))
                .body("fibreRtrt3.year", equalTo(2009))
                .body("coverage", equalTo("COVERED_ACTIVE"))
                .body("zonesServed", contains("Tatti"))
                .body("unservableUsers", equalTo(65))
                .body("hospitalLinks[0].minSpeedMbps", equalTo(100))
                .body("investmentLocalConnection", equalTo(53000.00f));

        given().queryParam("community", community.code()).queryParam("status", "COVERED_ACTIVE")
                .get("/api/v1/broadband")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].istatCode", equalTo(massaMarittima));
        given().queryParam("community", community.code()).queryParam("status", "PLANNED").get("/api/v1/broadband")
                .then().body("total", equalTo(0));
        given().accept("text/csv").queryParam("municipality", massaMarittima).get("/api/v1/broadband")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .body(org.hamcrest.Matchers.containsString("53000.00"));
    }

    @Test
    void changesAreKeptAsHistoryAndPastStatesStayReadable() {
        String roccastrada = community.municipality(1);
        given().contentType(ContentType.JSON).body("""
                {"coverage": "PLANNED", "coverageTargetYear": 2009, "unservableUsers": 90}""")
                .put("/api/v1/broadband/" + roccastrada).then().statusCode(201);
        String firstRecordedAt = given().get("/api/v1/broadband/" + roccastrada + "/history")
                .then().statusCode(200).extract().path("[0].recordedAt");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("""
                {"coverage": "COVERED_ACTIVE", "unservableUsers": 77, "zonesServed": ["Sassofortino", "Torniella"]}""")
                .put("/api/v1/broadband/" + roccastrada)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("unservableUsers", equalTo(77));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("""
                {"coverage": "NOT_COVERED"}""")
                .put("/api/v1/broadband/" + roccastrada)
                .then().statusCode(412).contentType(PROBLEM);

        given().get("/api/v1/broadband/" + roccastrada + "/history")
                .then().statusCode(200)
                .body("version", contains(0, 1))
                .body("state.unservableUsers", contains(90, 77))
                .body("state.coverage", contains("PLANNED", "COVERED_ACTIVE"));
        given().queryParam("knownAt", firstRecordedAt).get("/api/v1/broadband/" + roccastrada)
                .then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("coverage", equalTo("PLANNED")).body("unservableUsers", equalTo(90));
        given().queryParam("knownAt", "2009-01-01").get("/api/v1/broadband/" + roccastrada).then().statusCode(404);

        given().contentType("application/merge-patch+json").body("""
                {"unservableUsers": 70}""")
                .patch("/api/v1/broadband/" + roccastrada)
                .then().statusCode(200).body("unservableUsers", equalTo(70)).body("coverage", equalTo("COVERED_ACTIVE"));

        given().delete("/api/v1/broadband/" + roccastrada).then().statusCode(204);
        given().get("/api/v1/broadband/" + roccastrada).then().statusCode(404);
        given().get("/api/v1/broadband/" + roccastrada + "/history")
                .then().body("deleted", contains(false, false, false, true))
                .body("since", contains(today(), today(), today(), null));
    }

    @Test
    void asOfAnswersByTheDateEachVersionHoldsFromAndKnownAtByWhenItWasRecorded() {
        String roccastrada = community.municipality(1);
        String path = "/api/v1/broadband/" + roccastrada;
        given().contentType(ContentType.JSON).body("""
                {"coverage": "PLANNED", "coverageTargetYear": 2009, "since": "2008-01-01"}""")
                .put(path).then().statusCode(201);
        given().contentType(ContentType.JSON).body("""
                {"coverage": "COVERED_ACTIVE", "since": "2009-06-01"}""")
                .put(path).then().statusCode(200);
        String beforeCorrection = given().get(path + "/history").then().extract().path("[1].recordedAt");
        // recorded later, it says the municipality was partially covered already from March
        given().contentType(ContentType.JSON).body("""
                {"coverage": "PARTIALLY_COVERED", "since": "2009-03-01", "sinceSource": "DOCUMENT_DATE"}""")
                .put(path).then().statusCode(200);

        coverage(path, "2007-12-31", null).statusCode(404).contentType(PROBLEM);
        coverage(path, "2008-06-01", null).statusCode(200).header("ETag", equalTo("\"0\""))
                .body("coverage", equalTo("PLANNED")).body("since", equalTo("2008-01-01"));
        coverage(path, "2009-04-01", null).statusCode(200).body("coverage", equalTo("PARTIALLY_COVERED"))
                .body("since", equalTo("2009-03-01")).body("sinceSource", equalTo("DOCUMENT_DATE"));
        // the correction holds from March on: it supersedes the version recorded before it from June
        coverage(path, "2009-07-01", null).statusCode(200).body("coverage", equalTo("PARTIALLY_COVERED"));
        // ... but not for what the system had recorded before it
        coverage(path, "2009-07-01", beforeCorrection).statusCode(200).header("ETag", equalTo("\"1\""))
                .body("coverage", equalTo("COVERED_ACTIVE"));
        coverage(path, "2009-04-01", beforeCorrection).statusCode(200).body("coverage", equalTo("PLANNED"));
        coverage(path, null, beforeCorrection).statusCode(200).body("coverage", equalTo("COVERED_ACTIVE"));

        given().queryParam("asOf", "2009-07-01").queryParam("community", community.code()).get("/api/v1/broadband")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].coverage", equalTo("PARTIALLY_COVERED"));
        given().queryParam("asOf", "2009-07-01").queryParam("status", "COVERED_ACTIVE")
                .queryParam("community", community.code()).get("/api/v1/broadband").then().body("total", equalTo(0));
        given().queryParam("asOf", "2009-07-01").queryParam("knownAt", beforeCorrection).queryParam("status", "COVERED_ACTIVE")
                .queryParam("community", community.code()).get("/api/v1/broadband")
                .then().body("total", equalTo(1)).body("items[0].istatCode", equalTo(roccastrada));
        given().queryParam("asOf", "2007-12-31").queryParam("community", community.code()).get("/api/v1/broadband")
                .then().statusCode(200).body("total", equalTo(0)).body("items", hasSize(0));
        given().accept("text/csv").queryParam("asOf", "2008-06-01").queryParam("municipality", roccastrada)
                .get("/api/v1/broadband").then().statusCode(200).body(containsString("PLANNED"));

        given().queryParam("knownAt", beforeCorrection).get(path + "/history")
                .then().statusCode(200).body("version", contains(0, 1));
        given().queryParam("asOf", "2009-04-01").get(path + "/history")
                .then().statusCode(200).body("version", contains(0, 2)).body("since", contains("2008-01-01", "2009-03-01"));

        String lastRecorded = given().get(path + "/history").then().extract().path("[2].recordedAt");
        given().delete(path).then().statusCode(204);
        coverage(path, "2008-06-01", null).statusCode(404);
        coverage(path, "2009-07-01", lastRecorded).statusCode(200).body("coverage", equalTo("PARTIALLY_COVERED"));
    }

    @Test
    void malformedTimesAreA400NamingTheParameter() {
        String path = "/api/v1/broadband/" + community.municipality(0);
        for (String resource : new String[] { path, path + "/history", "/api/v1/broadband" }) {
            given().queryParam("asOf", "2009-02-30").get(resource)
                    .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("asOf"));
            given().queryParam("asOf", "2009-02-01T00:00:00Z").get(resource)
                    .then().statusCode(400).body("errors.field", contains("asOf"));
            given().queryParam("knownAt", "yesterday").get(resource)
                    .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("knownAt"));
        }
    }

    private static ValidatableResponse coverage(String path, String asOf, String knownAt) {
        RequestSpecification request = given();
        if (asOf != null) {
            request.queryParam("asOf", asOf);
        }
        if (knownAt != null) {
            request.queryParam("knownAt", knownAt);
        }
        return request.get(path).then();
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/Rome")).toString();
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        String unknown = TerritoryFixture.unknownMunicipality();
        given().contentType(ContentType.JSON).body("{\"coverage\": \"COVERED_ACTIVE\"}")
                .put("/api/v1/broadband/" + unknown)
                .then().statusCode(422).contentType(PROBLEM).body("errors.field", hasItem("istatCode"));
        given().get("/api/v1/broadband/" + unknown).then().statusCode(404);

        String municipality = community.municipality(0);
        given().contentType(ContentType.JSON)
                .body("{\"unservableUsers\": -1, \"investmentLocalConnection\": 10.123}")
                .put("/api/v1/broadband/" + municipality)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("unservableUsers"))
                .body("errors.field", hasItem("investmentLocalConnection"));
        given().contentType(ContentType.JSON).body("{\"coverage\": \"PLANNED\"}")
                .put("/api/v1/broadband/" + municipality)
                .then().statusCode(422).body("errors.field", hasItem("coverageTargetYear"));
        given().get("/api/v1/broadband/" + municipality).then().statusCode(404);
    }

    @Test
    void aCommunityKeepsItsSeatConnectionAndInvestmentSplit() {
        given().contentType(ContentType.JSON).body("""
                {"paConnection": {"network": "RTRT", "technology": "CABLE_OR_TIX_SATELLITE", "status": "ACTIVE"},
                 "paInvestment": 153000.00, "paInvestmentPeriod": "per 5 anni dal 2009",
                 "investmentLocalConnection": 53000.00, "investmentSharedInfrastructure": 40000.00,
                 "alreadyPaidBefore": 60000.00, "alreadyPaidBeforePeriod": "2006-2008",
                 "citizensInvestment": 229389.00, "totalInvestment": 382389.00,
                 "additionalFibrePerMunicipality": 20000.00,
                 "additionalFibreCondition": "to cover Roccastrada if it decides to buy fibre services on RTRT3"}""")
                .put("/api/v1/community-broadband/" + community.code())
                .then().statusCode(201).body("communityCode", equalTo(community.code()))
                .body("totalInvestment", equalTo(382389.00f));
        given().queryParam("status", "ACTIVE").queryParam("community", community.code())
                .get("/api/v1/community-broadband").then().body("total", equalTo(1));
        given().contentType(ContentType.JSON).body("{}").put("/api/v1/community-broadband/no-such-community")
                .then().statusCode(422).body("errors.field", hasItem("communityCode"));
    }

    /** If-Match on a community's broadband record that does not exist can never match (RFC 9110 13.1.1): 412, nothing created. */
    @Test
    void aPutWithIfMatchCreatesNoRecord() {
        String body = """
                {"paInvestment": 153000.00, "totalInvestment": 382389.00}""";
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/community-broadband/" + community.code())
                .then().statusCode(412).contentType("application/problem+json").body("type", endsWith("/stale-etag"))
                .body("detail", containsString(community.code()));
        given().get("/api/v1/community-broadband/" + community.code()).then().statusCode(404);
        given().contentType(ContentType.JSON).body(body).put("/api/v1/community-broadband/" + community.code())
                .then().statusCode(201);
    }

    private static String massaMarittima() {
        return """
                {"paConnection": {"network": "RTRT", "technology": "CABLE_OR_TIX_SATELLITE", "status": "ACTIVE"},
                 "fibreRtrt3": {"status": "PLANNED", "year": 2009, "note": "in attivazione nel 2009"},
                 "coverage": "COVERED_ACTIVE", "digitalDivideLevel": 1, "zonesServed": ["Tatti"],
                 "unservableUsers": 65,
                 "hospitalLinks": [{"hospital": "Ospedale di Massa Marittima", "link": "optical fibre",
                                    "minSpeedMbps": 100, "status": "PLANNED"}],
                 "investmentLocalConnection": 53000.00, "investmentSharedInfrastructure": 40000.00,
                 "notes": "65 utenze non servibili",
                 "source": {"document": "002_5cf3de3147a6c147.txt", "location": "Scheda 1"}}""";
    }
}
