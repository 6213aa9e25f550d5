package it.toscana.monitoring.territory;

import static io.restassured.RestAssured.given;

import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;

/**
 * Test data written through the API. All test classes share one application and database, so
 * every test makes its own codes.
 */
final class Fixtures {

    static final String PROBLEM = "application/problem+json";
    static final String MERGE_PATCH = "application/merge-patch+json";

    private static final AtomicInteger SEQUENCE = new AtomicInteger(900_000);

    private Fixtures() {
    }

    /** A fresh, well-formed ISTAT code no other test uses. */
    static String istatCode() {
        return String.format("%06d", SEQUENCE.incrementAndGet());
    }

    /** A fresh community code such as {@code garfagnana-900012}. */
    static String communityCode(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet();
    }

    static void community(String code) {
        given().contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "name": "Comunità %s", "kind": "COMUNITA_MONTANA", "provinces": ["LU"]}"""
                        .formatted(code, code))
                .post("/api/v1/communities")
                .then().statusCode(201);
    }

    static void municipality(String istatCode, String name, String province) {
        given().contentType(ContentType.JSON)
                .body("""
                        {"istatCode": "%s", "name": "%s", "province": "%s"}""".formatted(istatCode, name, province))
                .post("/api/v1/municipalities")
                .then().statusCode(201);
    }

    /** A membership from {@code validFrom}, until {@code validTo} when not null; returns its id. */
    static String membership(String istatCode, String communityCode, String validFrom, String validTo) {
        return given().contentType(ContentType.JSON)
                .body(membershipJson(istatCode, communityCode, validFrom, validTo))
                .post("/api/v1/memberships")
                .then().statusCode(201)
                .extract().path("id");
    }

    static String membershipJson(String istatCode, String communityCode, String validFrom, String validTo) {
        return """
                {"istatCode": "%s", "communityCode": "%s", "validFrom": "%s", "validTo": %s}"""
                .formatted(istatCode, communityCode, validFrom, validTo == null ? "null" : "\"" + validTo + "\"");
    }
}
