package it.toscana.monitoring.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import it.toscana.monitoring.testsupport.Tokens;

/**
 * OWASP API Security Top 10 (2023), the items that belong to the public entry point. The others:
 * API1 deployment-service, API2/3/4/6/7 territory-service (API3 and API5 also funding-service; the API4 rate
 * limit in {@link OwaspApi4RateLimitTest}, which needs its own small budget),
 * API8/API9 on the packaged services in system-tests WalkingSkeletonTest, and
 * API10:2023 Unsafe consumption of APIs in {@link CommunityTotalsFromEventsTest#malformedEventsAreDroppedAndConsumptionGoesOn}:
 * the gateway validates every event envelope and drops, logs and counts a malformed one without stopping.
 */
@QuarkusTest
class OwaspApiSecurityTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String REBUILD = "/api/v1/admin/projections/rebuild";

    /** API5:2023 Broken function level authorization — only region-admin may rebuild the projections. */
    @Test
    void api5BrokenFunctionLevelAuthorization() {
        given().header(Tokens.bearer(Tokens.communityOperator("alta-val-di-cecina"))).post(REBUILD)
                .then().statusCode(403).contentType(PROBLEM).body("status", equalTo(403));
        given().header(Tokens.bearer(Tokens.erpIntegration())).post(REBUILD)
                .then().statusCode(403).contentType(PROBLEM);
        given().get("/api/v1/admin/projections").then().statusCode(200);
    }

    /** API2:2023 Broken authentication, at the gateway's own writes. */
    @Test
    void api2BrokenAuthentication() {
        given().header(Tokens.anonymous()).post(REBUILD).then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer");
        given().header(Tokens.bearer(Tokens.expired())).post(REBUILD).then().statusCode(401).contentType(PROBLEM);
        given().header(Tokens.bearer(Tokens.wrongIssuer())).post(REBUILD).then().statusCode(401).contentType(PROBLEM);
        given().header(Tokens.bearer(Tokens.algNone())).post(REBUILD).then().statusCode(401).contentType(PROBLEM);
        // the totals are public information: reading needs nothing
        given().header(Tokens.anonymous()).get("/api/v1/totals").then().statusCode(200);
    }

    /**
     * API8:2023 Security misconfiguration — security headers on every response (errors too),
     * cross-origin reads only from configured origins and never cross-origin writes, no
     * development or documentation UIs (the packaged services are checked in the system tests).
     */
    @Test
    void api8SecurityMisconfiguration() {
        given().header(Tokens.anonymous()).post(REBUILD).then().statusCode(401)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        given().header("Origin", "https://evil.example").get("/api/v1/totals")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST")
                .options(REBUILD).then().header("Access-Control-Allow-Methods", equalTo("GET,HEAD,OPTIONS"));
        given().get("/q/swagger-ui").then().statusCode(404);
        given().get("/q/dev-ui").then().statusCode(404);
    }

    /** API9:2023 Improper inventory management — the merged document is served and lists the gateway's own routes. */
    @Test
    void api9ImproperInventoryManagement() {
        given().get("/api/v1/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/totals"))
                .body("paths", hasKey("/api/v1/communities/{code}/totals"))
                .body("paths", hasKey("/api/v1/admin/projections/rebuild"));
        for (String path : new String[] { "/q/health", "/q/openapi", "/q/metrics" }) {
            given().get(path).then().statusCode(200);
        }
        given().get("/api/v2/totals").then().statusCode(404);
    }
}
