package it.toscana.monitoring.deployment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import it.toscana.monitoring.testsupport.Tokens;

/**
 * Issue 15, item 8: an operator's write that names a municipality must concern one of its own
 * community, even when the body names the operator's own community beside another's ISTAT code.
 */
@QuarkusTest
class OperatorMunicipalityTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void anOperatorCannotWriteCartFactsAboutAnotherCommunitysMunicipality() {
        TerritoryFixture.Community a = TerritoryFixture.community("opmun-a", 1);
        TerritoryFixture.Community b = TerritoryFixture.community("opmun-b", 1);
        Header operatorOfA = Tokens.bearer(Tokens.communityOperator(a.code()));

        for (String path : new String[] { "/api/v1/nal-nodes", "/api/v1/interpro-statuses" }) {
            given().header(operatorOfA).contentType(ContentType.JSON).body(body(path, a.code(), b.municipality(0)))
                    .post(path).then().statusCode(403).contentType(PROBLEM)
                    .body("type", equalTo("https://monitoring.toscana.it/problems/forbidden"));
            given().queryParam("municipality", b.municipality(0)).get(path).then().body("total", equalTo(0));
            // its own municipality is fine, and the region may record the cross-community case
            given().header(operatorOfA).contentType(ContentType.JSON).body(body(path, a.code(), a.municipality(0)))
                    .post(path).then().statusCode(201);
            given().contentType(ContentType.JSON).body(body(path, a.code(), b.municipality(0)))
                    .post(path).then().statusCode(201);
        }
    }

    private static String body(String path, String community, String istatCode) {
        return path.endsWith("nal-nodes") ? """
                {"communityCode": "%s", "istatCode": "%s", "hostEntity": "Comune", "hostEntityType": "MUNICIPALITY",
                 "status": "ACTIVE"}""".formatted(community, istatCode)
                : """
                {"communityCode": "%s", "istatCode": "%s", "entity": "Comune", "entityType": "MUNICIPALITY",
                 "status": "ACTIVE"}""".formatted(community, istatCode);
    }
}
