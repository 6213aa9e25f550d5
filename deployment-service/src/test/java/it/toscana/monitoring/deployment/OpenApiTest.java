package it.toscana.monitoring.deployment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiTest {

    @Test
    void everyResourceIsDocumented() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("/api/v1/broadband/{istatCode}/history"))
                .body(containsString("/api/v1/community-broadband/{communityCode}"))
                .body(containsString("/api/v1/nal-nodes/{id}"))
                .body(containsString("/api/v1/interpro-statuses"))
                .body(containsString("/api/v1/paas-points/{id}/usage-reports"))
                .body(containsString("/api/v1/paas-usage-reports/bulk"))
                .body(containsString("/api/v1/telecentres"))
                .body(containsString("/api/v1/voip-installations"))
                .body(containsString("/api/v1/fore-gov-adhesions"))
                .body(containsString("/api/v1/justice-offices"))
                .body(containsString("Append a usage report"));
    }
}
