package it.toscana.monitoring.funding;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** Issue 15, item 15: import jobs wait in a bounded queue; past it a new one is 503 with Retry-After. */
@QuarkusTest
@TestProfile(ImportJobQueueTest.OneWaiting.class)
class ImportJobQueueTest {

    public static class OneWaiting implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("funding.import-jobs.max-waiting", "1");
        }
    }

    @Test
    void pastTheQueueANewImportIsRefusedWithRetryAfterAndNothingIsStored() {
        String community = Territory.community("import-queue");
        String line = Fixtures.fundingLine();
        String running = start(items(community, line, 2_000)).then().statusCode(202).extract().path("id");
        String waiting = start(items(community, line, 10)).then().statusCode(202).extract().path("id");
        String refused = UUID.randomUUID().toString();
        start(items(community, line, refused, 10)).then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("30"))
                .body("type", equalTo("https://monitoring.toscana.it/problems/unavailable"));

        for (String job : new String[] { running, waiting }) {
            await().atMost(Duration.ofSeconds(120)).until(() -> "DONE".equals(
                    given().get("/api/v1/import-jobs/" + job).then().statusCode(200).extract().path("state")));
        }
        given().queryParam("externalId", refused + "-0").get("/api/v1/allocations").then().body("total", equalTo(0));
        start(items(community, line, 10)).then().statusCode(202);
    }

    private static io.restassured.response.Response start(List<String> items) {
        return given().contentType(ContentType.JSON).body("[" + String.join(",", items) + "]")
                .post("/api/v1/allocations/import-jobs");
    }

    private static List<String> items(String community, String line, int count) {
        return items(community, line, UUID.randomUUID().toString(), count);
    }

    private static List<String> items(String community, String line, String prefix, int count) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(Fixtures.allocationJson(community, line, "10.00")
                    .replace("{", "{\"externalId\": \"" + prefix + "-" + i + "\", "));
        }
        return items;
    }
}
