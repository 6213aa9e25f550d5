package it.toscana.monitoring.territory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

    @Test
    void describesEveryOperationWithASummaryAndItsResponses() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .extract().path("paths");

        Map<String, Set<String>> expected = Map.ofEntries(
                Map.entry("/api/v1/communities", Set.of("get", "post")),
                Map.entry("/api/v1/communities/{code}", Set.of("get", "put", "patch", "delete")),
                Map.entry("/api/v1/communities/{code}/members", Set.of("get")),
                Map.entry("/api/v1/municipalities", Set.of("get", "post")),
                Map.entry("/api/v1/municipalities/bulk", Set.of("post")),
                Map.entry("/api/v1/municipalities/{istatCode}", Set.of("get", "put", "patch", "delete")),
                Map.entry("/api/v1/municipalities/{istatCode}/population", Set.of("post")),
                Map.entry("/api/v1/municipalities/{istatCode}/community", Set.of("get")),
                Map.entry("/api/v1/memberships", Set.of("get", "post")),
                Map.entry("/api/v1/memberships/bulk", Set.of("post")),
                Map.entry("/api/v1/memberships/{id}", Set.of("get", "put", "patch", "delete")),
                Map.entry("/api/v1/places", Set.of("get", "post")),
                Map.entry("/api/v1/places/{id}", Set.of("get", "put", "patch", "delete")));
        List<String> undocumented = new ArrayList<>();
        expected.forEach((path, methods) -> {
            assertTrue(paths.containsKey(path), "missing path " + path);
            Set<String> documented = new java.util.HashSet<>(paths.get(path).keySet());
            documented.retainAll(METHODS);
            assertEquals(methods, documented, path);
            for (String method : methods) {
                @SuppressWarnings("unchecked")
                Map<String, Object> operation = (Map<String, Object>) paths.get(path).get(method);
                Object summary = operation.get("summary");
                @SuppressWarnings("unchecked")
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                if (summary == null || summary.toString().isBlank() || responses == null
                        || !responses.keySet().stream().anyMatch(status -> status.startsWith("2"))
                        || responses.keySet().stream().noneMatch(status -> status.startsWith("4") || status.equals("default"))) {
                    undocumented.add(method.toUpperCase() + " " + path);
                }
            }
        });
        assertFalse(undocumented.stream().findAny().isPresent(), "operations without summary or responses: " + undocumented);
    }

    /** Kind filters are read as text (so a bad value is a 400), yet documented with their values. */
    @Test
    void documentsTheValuesOfTheKindFilters() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/communities'.get.parameters.find { it.name == 'kind' }.schema.$ref",
                        equalTo("#/components/schemas/CommunityKind"))
                .body("paths.'/api/v1/places'.get.parameters.find { it.name == 'kind' }.schema.$ref",
                        equalTo("#/components/schemas/PlaceKind"));
    }
}
