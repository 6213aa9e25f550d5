package it.toscana.monitoring.deployment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import it.toscana.monitoring.testsupport.Tokens;

/** OWASP API Security Top 10 (2023), the items that belong to the deployment facts. */
@QuarkusTest
class OwaspApiSecurityTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String POINTS = "/api/v1/paas-points";

    private TerritoryFixture.Community a;
    private TerritoryFixture.Community b;

    @BeforeEach
    void territory() {
        a = TerritoryFixture.community("bola-a", 1);
        b = TerritoryFixture.community("bola-b", 1);
    }

    /**
     * API1:2023 Broken object level authorization — an operator of community A may change A's
     * PAAS points but not B's: the community is resolved from the stored point and the territory
     * replica, not taken from the request. Every refusal is 403 and changes nothing.
     */
    @Test
    void api1BrokenObjectLevelAuthorization() {
        Header operatorOfA = Tokens.bearer(Tokens.communityOperator(a.code()));
        String pointOfB = given().contentType(ContentType.JSON).body(pointBody(b.municipality(0), "OPEN"))
                .post(POINTS).then().statusCode(201).extract().path("id");

        // its own community: allowed
        String pointOfA = given().header(operatorOfA).contentType(ContentType.JSON)
                .body(pointBody(a.municipality(0), "OPEN")).post(POINTS)
                .then().statusCode(201).body("communityCode", equalTo(a.code())).extract().path("id");
        given().header(operatorOfA).contentType(ContentType.JSON).body(pointBody(a.municipality(0), "SUSPENDED"))
                .put(POINTS + "/" + pointOfA).then().statusCode(200);

        // B's point: replace, patch, report usage, delete — all 403
        given().header(operatorOfA).contentType(ContentType.JSON).body(pointBody(b.municipality(0), "SUSPENDED"))
                .put(POINTS + "/" + pointOfB).then().statusCode(403).contentType(PROBLEM);
        given().header(operatorOfA).contentType(ContentType.JSON).body(pointBody(a.municipality(0), "SUSPENDED"))
                .put(POINTS + "/" + pointOfB).then().statusCode(403).contentType(PROBLEM);
        given().header(operatorOfA).contentType("application/merge-patch+json").body("{\"status\": \"SUSPENDED\"}")
                .patch(POINTS + "/" + pointOfB).then().statusCode(403).contentType(PROBLEM);
        given().header(operatorOfA).contentType(ContentType.JSON)
                .body("{\"periodStart\": \"2008-01-01\", \"periodEnd\": \"2008-12-31\", \"registeredUsers\": 5, \"accesses\": 9}")
                .post(POINTS + "/" + pointOfB + "/usage-reports").then().statusCode(403).contentType(PROBLEM);
        given().header(operatorOfA).delete(POINTS + "/" + pointOfB).then().statusCode(403).contentType(PROBLEM);
        // nor create one in B, nor move its own point there
        given().header(operatorOfA).contentType(ContentType.JSON).body(pointBody(b.municipality(0), "OPEN"))
                .post(POINTS).then().statusCode(403).contentType(PROBLEM);
        given().header(operatorOfA).contentType(ContentType.JSON).body(pointBody(b.municipality(0), "SUSPENDED"))
                .put(POINTS + "/" + pointOfA).then().statusCode(403).contentType(PROBLEM);

        given().get(POINTS + "/" + pointOfB).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("version", equalTo(0)).body("registeredUsers", equalTo(0));
        given().get(POINTS + "/" + pointOfA).then().statusCode(200)
                .body("communityCode", equalTo(a.code())).body("status", equalTo("SUSPENDED"));
        given().queryParam("community", b.code()).get(POINTS).then().body("total", equalTo(1));
    }

    /** API5:2023 Broken function level authorization — an operator writes only the facts its role names, ERP none. */
    @Test
    void api5BrokenFunctionLevelAuthorization() {
        given().header(Tokens.bearer(Tokens.erpIntegration())).contentType(ContentType.JSON)
                .body(pointBody(a.municipality(0), "OPEN")).post(POINTS).then().statusCode(403).contentType(PROBLEM);
        given().header(Tokens.bearer(Tokens.communityOperator(a.code()))).contentType(ContentType.JSON)
                .body("{}").post("/api/v1/telecentres").then().statusCode(403).contentType(PROBLEM);
        given().header(Tokens.bearer(Tokens.communityOperator(a.code()))).get("/api/v1/telecentres")
                .then().statusCode(200);
    }

    private static String pointBody(String istatCode, String status) {
        return """
                {"istatCode": "%s", "siteType": "YOUTH_CENTRE", "siteDescription": "centro giovani",
                 "associations": ["Misericordia"], "associationCount": 1, "status": "%s", "statusSince": "2008-01-01"}"""
                .formatted(istatCode, status);
    }
}
