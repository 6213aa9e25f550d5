package it.toscana.monitoring.territory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Issue 15, items 7 and 14: problems carry a stable type from the platform's catalogue (an unknown
 * reference in a body is 422 here as in funding and deployment), and Location and Link name the
 * configured public base URL, whatever Host the request claims.
 */
@QuarkusTest
class ProblemCatalogueTest {

    private static final String TYPES = "https://monitoring.toscana.it/problems/";

    @Test
    void eachConditionHasItsCatalogueType() {
        String code = Fixtures.communityCode("catalogue");
        Fixtures.community(code);
        given().get("/api/v1/communities/no-such-" + code).then().statusCode(404).body("type", equalTo(TYPES + "not-found"))
                .body("title", equalTo("Not found"));
        given().contentType(ContentType.JSON).body("{\"code\": \"%s\", \"name\": \"x\", \"kind\": \"COMUNITA_MONTANA\"}"
                .formatted(code)).post("/api/v1/communities").then().statusCode(409).body("type", equalTo(TYPES + "conflict"));
        given().contentType(ContentType.JSON).header("If-Match", "\"99\"")
                .body("{\"code\": \"%s\", \"name\": \"x\", \"kind\": \"COMUNITA_MONTANA\"}".formatted(code))
                .put("/api/v1/communities/" + code).then().statusCode(412).body("type", equalTo(TYPES + "stale-etag"));
        given().contentType(ContentType.JSON).body("{not json").post("/api/v1/communities")
                .then().statusCode(400).body("type", equalTo(TYPES + "malformed-body"));
        given().contentType(ContentType.JSON)
                .body(Fixtures.membershipJson(Fixtures.istatCode(), code, "2009-01-01", null)).post("/api/v1/memberships")
                .then().statusCode(422).body("type", equalTo(TYPES + "unknown-reference")).body("status", equalTo(422));
        given().delete("/api/v1/communities").then().statusCode(405).body("type", equalTo(TYPES + "method-not-allowed"));
    }

    @Test
    void locationAndLinkNameThePublicBaseUrlNotTheRequestHost() {
        String code = Fixtures.communityCode("host");
        given().header("Host", "evil.example").header("X-Forwarded-Host", "evil.example").contentType(ContentType.JSON)
                .body("{\"code\": \"%s\", \"name\": \"x\", \"kind\": \"COMUNITA_MONTANA\"}".formatted(code))
                .post("/api/v1/communities")
                .then().statusCode(201).header("Location", equalTo("http://localhost:8080/api/v1/communities/" + code));
        Fixtures.community(Fixtures.communityCode("host"));
        given().header("Host", "evil.example").queryParam("size", 1).queryParam("page", 1).get("/api/v1/communities")
                .then().statusCode(200).header("Link", startsWith("<http://localhost:8080/api/v1/communities?"));
    }
}
