package it.toscana.monitoring.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

/**
 * What every collection of every service answers to a bad {@code ?sort=} or {@code ?updatedSince=}: one problem
 * body, asserted here once so that the services cannot drift apart.
 */
public final class ListingChecks {

    private static final String PROBLEM = "application/problem+json";
    private static final String VALIDATION = "https://monitoring.toscana.it/problems/validation";

    private ListingChecks() {
    }

    /** @param allowed the collection's sortable fields as the problem lists them: sorted, comma-separated */
    public static void refusesUnknownSort(String path, String allowed) {
        given().queryParam("sort", "-secret").get(path)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(VALIDATION))
                .body("title", equalTo("Invalid request"))
                .body("status", equalTo(400))
                .body("detail", equalTo("Cannot sort by secret."))
                .body("instance", equalTo(path))
                .body("errors", equalTo(List.of(Map.of("field", "sort", "message", "can sort by " + allowed))));
    }

    public static void refusesMalformedUpdatedSince(String path) {
        given().queryParam("updatedSince", "yesterday").get(path)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(VALIDATION))
                .body("detail", equalTo("The request has invalid fields."))
                .body("errors", equalTo(List.of(Map.of("field", "updatedSince",
                        "message", "must be an ISO-8601 instant such as 2009-09-19T12:00:00Z"))));
    }
}
