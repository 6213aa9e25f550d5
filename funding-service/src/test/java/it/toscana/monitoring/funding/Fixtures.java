package it.toscana.monitoring.funding;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;

/** Funding lines and allocations written through the API, for tests that need something to point at. */
final class Fixtures {

    private Fixtures() {
    }

    /** JSON numbers read back as BigDecimal, so assertions see the two decimals the API writes. */
    static void exactMoney() {
        RestAssured.config = RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    static String fundingLine() {
        String code = "LINE_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().contentType(ContentType.JSON)
                .body("""
                        {"name": "Voip - Voice over ip - telefono on line", "inTable1": true, "table1Row": 5,
                         "section": "LOCAL_PROGRAMME"}""")
                .put("/api/v1/funding-lines/" + code)
                .then().statusCode(201);
        return code;
    }

    static String allocationJson(String community, String line, String amount) {
        return """
                {"communityCode": "%s", "fundingLineCode": "%s", "title": "Voip",
                 "section": "LOCAL_PROGRAMME", "category": "INFRASTRUCTURE", "amountAssigned": %s}"""
                .formatted(community, line, amount);
    }

    /** Creates an allocation and returns its id. */
    static String allocation(String community, String line, String amount) {
        return created("/api/v1/allocations", allocationJson(community, line, amount));
    }

    /** A JSON object with more fields, e.g. {@code "\"detail\": \"LINE_TOTAL\""}. */
    static String with(String json, String fields) {
        return json.substring(0, json.lastIndexOf('}')) + ", " + fields + "}";
    }

    /** POSTs the body, expects 201 and returns the new id. */
    static String created(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(201).extract().path("id");
    }

    static String paymentJson(String allocationId, String amount) {
        return """
                {"allocationId": "%s", "amount": %s, "kind": "TRANCHE", "date": "2009-03-01", "act": "Decreto 1380/07"}"""
                .formatted(allocationId, amount);
    }
}
