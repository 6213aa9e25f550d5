package it.toscana.monitoring.deployment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

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
        given().queryParam("asOf", firstRecordedAt).get("/api/v1/broadband/" + roccastrada)
                .then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("coverage", equalTo("PLANNED")).body("unservableUsers", equalTo(90));
        given().queryParam("asOf", "2009-01-01").get("/api/v1/broadband/" + roccastrada).then().statusCode(404);

        given().contentType("application/merge-patch+json").body("""
                {"unservableUsers": 70}""")
                .patch("/api/v1/broadband/" + roccastrada)
                .then().statusCode(200).body("unservableUsers", equalTo(70)).body("coverage", equalTo("COVERED_ACTIVE"));

        given().delete("/api/v1/broadband/" + roccastrada).then().statusCode(204);
        given().get("/api/v1/broadband/" + roccastrada).then().statusCode(404);
        given().get("/api/v1/broadband/" + roccastrada + "/history")
                .then().body("deleted", contains(false, false, false, true));
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
