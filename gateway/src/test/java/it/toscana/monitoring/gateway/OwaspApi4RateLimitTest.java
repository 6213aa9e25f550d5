package it.toscana.monitoring.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.Header;
import it.toscana.monitoring.testsupport.Tokens;

/**
 * API4:2023 Unrestricted resource consumption, the rate limit of the public entry point: each
 * client gets a small budget here (3 anonymous requests, then one every 10 s). Clients are told
 * apart by X-Forwarded-For, which this profile trusts as a reverse proxy would set it. The body,
 * page and bulk caps are tested in territory-service's OwaspApiSecurityTest.
 */
@QuarkusTest
@TestProfile(OwaspApi4RateLimitTest.SmallBudget.class)
class OwaspApi4RateLimitTest {

    private static final String TOTALS = "/api/v1/totals";

    public static class SmallBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "gateway.rate-limit.anonymous.requests-per-second", "0.1",
                    "gateway.rate-limit.anonymous.burst", "3",
                    "gateway.rate-limit.authenticated.requests-per-second", "0.1",
                    "gateway.rate-limit.authenticated.burst", "5",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    @Test
    void api4UnrestrictedResourceConsumptionAnAnonymousClientPastItsBudgetGets429WithRetryAfter() {
        Header client = from("198.51.100.1");
        for (int i = 0; i < 3; i++) {
            given().header(Tokens.anonymous()).header(client).get(TOTALS).then().statusCode(200);
        }
        given().header(Tokens.anonymous()).header(client).get(TOTALS).then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", Integer::parseInt, allOf(greaterThanOrEqualTo(1), lessThanOrEqualTo(10)))
                .body("status", equalTo(429))
                .body("detail", containsString("retry after"));
        // a routed collection counts against the same budget
        given().header(Tokens.anonymous()).header(client).get("/api/v1/communities").then().statusCode(429);
        // an invalid token does not open a budget of its own
        given().header(Tokens.bearer(Tokens.expired())).header(client).get(TOTALS).then().statusCode(429);
        // health probes and metrics are never limited
        given().header(Tokens.anonymous()).header(client).get("/q/health/live").then().statusCode(200);
    }

    @Test
    void api4EachClientHasItsOwnBudget() {
        Header busy = from("198.51.100.2");
        for (int i = 0; i < 3; i++) {
            given().header(Tokens.anonymous()).header(busy).get(TOTALS).then().statusCode(200);
        }
        given().header(Tokens.anonymous()).header(busy).get(TOTALS).then().statusCode(429);
        given().header(Tokens.anonymous()).header(from("198.51.100.3")).get(TOTALS).then().statusCode(200);
        // a caller with a valid token is counted by its subject, with its own budget
        given().header(Tokens.bearer(Tokens.erpIntegration())).header(busy).get(TOTALS).then().statusCode(200);
    }

    @Test
    void api4TheMergedOpenApiDeclaresThe429OfEveryOperation() {
        // (with the test's region-admin token: a budget of its own)
        given().get("/api/v1/openapi").then().statusCode(200)
                .body("paths.'/api/v1/totals'.get.responses.'429'.'$ref'", equalTo("#/components/responses/TooManyRequests"))
                .body("components.responses.TooManyRequests.headers.'Retry-After'.schema.type", equalTo("integer"));
    }

    private static Header from(String address) {
        return new Header("X-Forwarded-For", address);
    }
}
