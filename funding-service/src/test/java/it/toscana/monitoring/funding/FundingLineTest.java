package it.toscana.monitoring.funding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Funding lines: upserted by code with ETags, deleted only while no allocation uses them. */
@QuarkusTest
class FundingLineTest {

    @Test
    void fundingLinesAreUpsertedByCodeWithEtags() {
        String code = "VOIP_" + System.nanoTime();
        String body = "{\"name\": \"Voip\", \"section\": \"LOCAL_PROGRAMME\", \"inTable1\": true, \"table1Row\": 5}";
        given().contentType(ContentType.JSON).body(body).put("/api/v1/funding-lines/" + code)
                .then().statusCode(201).header("ETag", "\"0\"");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body.replace("Voip", "VoIP"))
                .put("/api/v1/funding-lines/" + code)
                .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo("VoIP"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/funding-lines/" + code)
                .then().statusCode(412);
        given().contentType(ContentType.JSON).body(body).put("/api/v1/funding-lines/not a code!")
                .then().statusCode(400);

        Fixtures.allocation(Territory.community("line-in-use"), code, "1.00");
        given().delete("/api/v1/funding-lines/" + code).then().statusCode(409);
        String unused = Fixtures.fundingLine();
        given().delete("/api/v1/funding-lines/" + unused).then().statusCode(204);
        given().get("/api/v1/funding-lines/" + unused).then().statusCode(404);
    }

    /** If-Match on a funding line that does not exist can never match (RFC 9110 13.1.1): 412, nothing created. */
    @Test
    void aPutWithIfMatchCreatesNoFundingLine() {
        String code = "WIFI_" + System.nanoTime();
        String body = "{\"name\": \"Wi-Fi\", \"section\": \"LOCAL_PROGRAMME\", \"inTable1\": false}";
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/api/v1/funding-lines/" + code)
                .then().statusCode(412).contentType("application/problem+json").body("type", endsWith("/stale-etag"))
                .body("detail", containsString(code));
        given().get("/api/v1/funding-lines/" + code).then().statusCode(404);
        given().contentType(ContentType.JSON).body(body).put("/api/v1/funding-lines/" + code).then().statusCode(201);
    }
}
