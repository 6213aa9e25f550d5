package it.toscana.monitoring.funding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import it.toscana.monitoring.testsupport.Tokens;

/** OWASP API Security Top 10 (2023), the items that belong to money: allocations, payments, ERP imports. */
@QuarkusTest
class OwaspApiSecurityTest {

    private static final String PROBLEM = "application/problem+json";

    /**
     * API3:2023 Broken object property level authorization — a client cannot set derived fields:
     * paid and to-pay come from the payments (400 naming the field), the version is the server's.
     */
    @Test
    void api3BrokenObjectPropertyLevelAuthorization() {
        Fixtures.exactMoney();
        String community = Territory.community("bopla");
        String line = Fixtures.fundingLine();
        given().contentType(ContentType.JSON)
                .body("""
                        {"communityCode": "%s", "fundingLineCode": "%s", "title": "Voip", "section": "LOCAL_PROGRAMME",
                         "category": "INFRASTRUCTURE", "amountAssigned": 100.00, "amountPaid": 100.00}""".formatted(community, line))
                .post("/api/v1/allocations")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("amountPaid"));
        String id = given().contentType(ContentType.JSON)
                .body("""
                        {"communityCode": "%s", "fundingLineCode": "%s", "title": "Voip", "section": "LOCAL_PROGRAMME",
                         "category": "INFRASTRUCTURE", "amountAssigned": 100.00, "version": 41}""".formatted(community, line))
                .post("/api/v1/allocations")
                .then().statusCode(201).body("version", equalTo(0)).extract().path("id");
        given().get("/api/v1/allocations/" + id).then().statusCode(200).body("version", equalTo(0))
                .body("amountPaid", equalTo(Fixtures.eur("0.00")));
    }

    /**
     * API5:2023 Broken function level authorization — ERP calls (bulk, import jobs) are for
     * erp-integration and region-admin; an operator gets 403; the ERP role writes nothing else.
     */
    @Test
    void api5BrokenFunctionLevelAuthorization() {
        String community = Territory.community("bfla");
        String line = Fixtures.fundingLine();
        Header operator = Tokens.bearer(Tokens.communityOperator(community));
        Header erp = Tokens.bearer(Tokens.erpIntegration());
        String items = "[" + bulkItem(UUID.randomUUID().toString(), community, line) + "]";

        given().header(operator).contentType(ContentType.JSON).body(items).post("/api/v1/allocations/bulk")
                .then().statusCode(403).contentType(PROBLEM);
        given().header(operator).contentType(ContentType.JSON).body(items).post("/api/v1/allocations/import-jobs")
                .then().statusCode(403).contentType(PROBLEM);
        given().header(operator).contentType(ContentType.JSON).body(Fixtures.allocationJson(community, line, "10.00"))
                .post("/api/v1/allocations").then().statusCode(403).contentType(PROBLEM);
        given().queryParam("communityCode", community).get("/api/v1/allocations").then().statusCode(200).body("total", equalTo(0));

        given().header(erp).contentType(ContentType.JSON).body(items).post("/api/v1/allocations/bulk")
                .then().statusCode(207).body("succeeded", equalTo(1));
        given().header(erp).contentType(ContentType.JSON)
                .body("""
                        {"name": "ERP line", "inTable1": false, "section": "LOCAL_PROGRAMME"}""")
                .put("/api/v1/funding-lines/LINE_ERP").then().statusCode(403).contentType(PROBLEM);
    }

    private static String bulkItem(String externalId, String community, String line) {
        return """
                {"externalId": "%s", "communityCode": "%s", "fundingLineCode": "%s", "title": "Voip",
                 "section": "LOCAL_PROGRAMME", "category": "INFRASTRUCTURE", "amountAssigned": 10.00}"""
                .formatted(externalId, community, line);
    }
}
