package it.toscana.monitoring.territory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Issue 15, items 4 to 6, through the platform every service runs on: control characters in text,
 * page and size that would overflow, and CSV cells a spreadsheet would run as formulas.
 */
@QuarkusTest
class HostileInputTest {

    private static final String COMMUNITIES = "/api/v1/communities";
    private static final String VALIDATION = "https://monitoring.toscana.it/problems/validation";

    @Test
    void controlCharactersInTextAreA400NamingTheFieldAndStoreNothing() {
        String code = Fixtures.communityCode("nul");
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"%s\", \"name\": \"a\\u0000b\", \"kind\": \"COMUNITA_MONTANA\"}".formatted(code))
                .post(COMMUNITIES)
                .then().statusCode(400).contentType(Fixtures.PROBLEM)
                .body("type", equalTo(VALIDATION)).body("errors.field", contains("name"))
                .body("errors[0].message", containsString("control characters"));
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"%s\", \"name\": \"a\\u001bb\", \"kind\": \"COMUNITA_MONTANA\", \"provinces\": [\"L\\u0007U\"]}"
                        .formatted(code))
                .post(COMMUNITIES)
                .then().statusCode(400).body("errors.field", contains("name"));
        given().get(COMMUNITIES + "/" + code).then().statusCode(404);

        // tab and newline are text
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"%s\", \"name\": \"Comunità\\tMontana\", \"kind\": \"COMUNITA_MONTANA\", \"notes\": \"one\\ntwo\"}"
                        .formatted(code))
                .post(COMMUNITIES).then().statusCode(201);
        given().contentType(Fixtures.MERGE_PATCH).body("{\"notes\": \"x\\u0000y\"}").patch(COMMUNITIES + "/" + code)
                .then().statusCode(400).body("errors.field", contains("notes"));
        given().queryParam("name", "a\u0000b").get(COMMUNITIES)
                .then().statusCode(400).contentType(Fixtures.PROBLEM).body("errors.field", contains("name"));
        given().get(COMMUNITIES + "/a%00b").then().statusCode(400).body("errors.field", contains("path"));
        // a percent sign in a segment is not decoded twice (it was: 500 for "%s%n%x")
        given().urlEncodingEnabled(false).get(COMMUNITIES + "/%25s%25n%25x").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void pagesThatWouldOverflowAreA400() {
        given().queryParam("page", 2147483647).queryParam("size", 500).get(COMMUNITIES)
                .then().statusCode(400).contentType(Fixtures.PROBLEM).body("type", equalTo(VALIDATION))
                .body("errors.field", contains("page"));
        given().queryParam("page", "99999999999").get(COMMUNITIES)
                .then().statusCode(400).body("errors.field", contains("page"));
        given().queryParam("size", "-1").get(COMMUNITIES).then().statusCode(400).body("errors.field", contains("size"));
        given().queryParam("size", "501").get(COMMUNITIES).then().statusCode(400).body("errors.field", contains("size"));
        // the last page at the largest size is still a page (an empty one)
        given().queryParam("page", Integer.MAX_VALUE / 500 - 1).queryParam("size", 500).get(COMMUNITIES)
                .then().statusCode(200).body("items.size()", equalTo(0));
        given().queryParam("page", Integer.MAX_VALUE / 500).queryParam("size", 500).get(COMMUNITIES)
                .then().statusCode(400).body("errors.field", contains("page"));
    }

    @Test
    void csvCellsThatSpreadsheetsWouldRunAreDefused() {
        String code = Fixtures.communityCode("csv");
        given().contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "name": "=HYPERLINK(\\"http://evil.example\\",\\"x\\")", "kind": "COMUNITA_MONTANA",
                         "legalBasis": "@SUM(1+1)", "homogeneousZone": "-2+3", "notes": "+cmd"}""".formatted(code))
                .post(COMMUNITIES).then().statusCode(201);
        String csv = given().accept("text/csv").queryParam("name", "HYPERLINK").get(COMMUNITIES)
                .then().statusCode(200).extract().asString();
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""), csv);
        assertTrue(csv.contains(",'@SUM(1+1),"), csv);
        assertTrue(csv.contains(",'-2+3,"), csv);
        assertTrue(csv.contains(",'+cmd"), csv);
        assertTrue(csv.contains(",0,") || csv.contains(",0\r\n"), "numbers stay numbers: " + csv);
    }
}
