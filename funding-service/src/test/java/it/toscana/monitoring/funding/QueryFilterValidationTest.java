package it.toscana.monitoring.funding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import it.toscana.monitoring.events.EventJson;

/**
 * A filter value the service cannot read is bad input: 400 problem+json naming the parameter and
 * what it accepts (JAX-RS alone answers 404 for a query parameter it cannot convert).
 */
@QuarkusTest
class QueryFilterValidationTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void unknownEnumValuesAreRefusedNamingTheParameterAndItsValues() {
        refused("/api/v1/funding-lines", "section", "TABLE_9")
                .body("errors[0].message", equalTo("must be one of LOCAL_PROGRAMME, TERRITORIAL_IMPACT"));
        refused("/api/v1/allocations", "section", "local_programme");
        refused("/api/v1/allocations", "category", "SOFTWARE")
                .body("errors[0].message", equalTo("must be one of INFRASTRUCTURE, WORK, ENTERPRISE, PA_EFFICIENCY"));
        refused("/api/v1/allocations/summary", "category", "SOFTWARE");
        refused("/api/v1/allocations/summary", "section", "TABLE_9");
        refused("/api/v1/declared-totals", "scope", "GALAXY");
        refused("/api/v1/payments", "kind", "BRIBE");
    }

    @Test
    void unreadableDatesAndIdsAreRefusedToo() {
        refused("/api/v1/calls", "openOn", "31/12/2009")
                .body("errors[0].message", equalTo("must be an ISO date such as 2009-01-01"));
        refused("/api/v1/payments", "allocationId", "not-a-uuid");
    }

    @Test
    void knownValuesStillFilter() {
        given().queryParam("section", "LOCAL_PROGRAMME").get("/api/v1/funding-lines").then().statusCode(200);
        given().queryParam("category", "WORK").queryParam("section", "TERRITORIAL_IMPACT").get("/api/v1/allocations")
                .then().statusCode(200);
        given().queryParam("kind", "ADVANCE").get("/api/v1/payments").then().statusCode(200);
        given().queryParam("openOn", "2009-06-30").get("/api/v1/calls").then().statusCode(200);
        given().queryParam("section", "").get("/api/v1/funding-lines").then().statusCode(200);
    }

    @Test
    void theOpenApiDocumentStillListsTheAllowedValues() throws Exception {
        JsonNode paths = EventJson.mapper().readTree(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString())
                .get("paths");
        Map<String, String> expected = Map.of(
                "/api/v1/funding-lines section", "#/components/schemas/Section",
                "/api/v1/allocations section", "#/components/schemas/Section",
                "/api/v1/allocations category", "#/components/schemas/Category",
                "/api/v1/allocations/summary category", "#/components/schemas/Category",
                "/api/v1/declared-totals scope", "#/components/schemas/DeclaredTotalScope",
                "/api/v1/payments kind", "#/components/schemas/PaymentKind",
                "/api/v1/payments allocationId", "#/components/schemas/UUID",
                "/api/v1/calls openOn", "#/components/schemas/LocalDate");
        expected.forEach((pathAndName, schema) -> {
            String[] parts = pathAndName.split(" ");
            JsonNode parameter = null;
            for (JsonNode candidate : paths.get(parts[0]).get("get").get("parameters")) {
                if (candidate.path("name").asText().equals(parts[1])) { // a shared parameter ($ref, e.g. fields) has none here
                    parameter = candidate;
                }
            }
            assertEquals(schema, parameter == null ? null : parameter.path("schema").path("$ref").asText(),
                    pathAndName);
        });
    }

    private static ValidatableResponse refused(String path, String parameter, String value) {
        return given().queryParam(parameter, value).get(path)
                .then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("errors.field", contains(parameter));
    }
}
