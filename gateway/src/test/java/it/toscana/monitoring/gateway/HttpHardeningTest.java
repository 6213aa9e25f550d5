package it.toscana.monitoring.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The public entry point sends security headers and lets only configured origins read across sites. */
@QuarkusTest
class HttpHardeningTest {

    @Test
    void everyResponseCarriesSecurityHeaders() {
        given().get("/api/v1/totals").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void aConfiguredDashboardOriginMayReadButNotWrite() {
        given().header("Origin", "http://localhost:3000").get("/api/v1/totals")
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo("http://localhost:3000"))
                // a dashboard script may read when to retry after a 429
                .header("Access-Control-Expose-Headers", containsString("retry-after"));
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/communities")
                .then().header("Access-Control-Allow-Methods", equalTo("GET,HEAD,OPTIONS"));
    }

    @Test
    void anUnknownOriginIsNotAllowed() {
        given().header("Origin", "https://evil.example").get("/api/v1/totals")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
