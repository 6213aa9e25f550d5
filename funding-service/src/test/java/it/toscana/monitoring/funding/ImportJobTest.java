package it.toscana.monitoring.funding;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import it.toscana.monitoring.events.funding.FundingEvents;

@QuarkusTest
class ImportJobTest {

    @Test
    void aLargeImportRunsInTheBackgroundAndReportsProgress() {
        String community = Territory.community("import-job");
        String line = Fixtures.fundingLine();
        String prefix = UUID.randomUUID().toString();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            String amount = i == 3 ? "-1.00" : i == 1_200 ? "1.001" : "10.00";
            items.add(Fixtures.allocationJson(community, line, amount)
                    .replace("{", "{\"externalId\": \"" + prefix + "-" + i + "\", "));
        }
        String job = given().contentType(ContentType.JSON).body("[" + String.join(",", items) + "]")
                .post("/api/v1/allocations/import-jobs")
                .then().statusCode(202)
                .header("Location", containsString("/api/v1/import-jobs/"))
                .body("total", equalTo(1_500))
                .extract().path("id");

        await().atMost(Duration.ofSeconds(90)).until(() -> "DONE".equals(
                given().get("/api/v1/import-jobs/" + job).then().statusCode(200).extract().path("state")));
        given().get("/api/v1/import-jobs/" + job)
                .then().body("processed", equalTo(1_500))
                .body("succeeded", equalTo(1_498))
                .body("failed", equalTo(2))
                .body("failures.index", contains(3, 1_200))
                .body("failures.status", contains(400, 400));
        given().queryParam("communityCode", community).get("/api/v1/allocations/summary")
                .then().body("count", equalTo(1_498));
    }

    @Test
    void importJobsAreListedByStatusAndStart() {
        String community = Territory.community("import-job-list");
        String line = Fixtures.fundingLine();
        String since = Instant.now().minusSeconds(1).toString();
        String job = given().contentType(ContentType.JSON)
                .body("[" + Fixtures.allocationJson(community, line, "10.00")
                        .replace("{", "{\"externalId\": \"" + UUID.randomUUID() + "\", ") + "]")
                .post("/api/v1/allocations/import-jobs")
                .then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(
                given().get("/api/v1/import-jobs/" + job).then().extract().path("state")));
        // the finished job is an event, for the ERP's webhook subscription (through the gateway's change log)
        JsonNode finished = FundingTopic.awaitEvent(FundingEvents.IMPORT_JOB_FINISHED, job, 1);
        assertEquals("DONE", finished.at("/data/outcome").asText());
        assertEquals(1, finished.at("/data/succeeded").asInt());
        assertEquals("ALLOCATIONS", finished.at("/data/kind").asText());

        given().queryParam("status", "DONE").queryParam("since", since).get("/api/v1/import-jobs")
                .then().statusCode(200).body("items.id", hasItem(job)).body("items.state", everyItem(equalTo("DONE")));
        given().queryParam("status", "RUNNING").queryParam("since", since).get("/api/v1/import-jobs")
                .then().statusCode(200).body("items.id", not(hasItem(job)));
        given().queryParam("since", Instant.now().plusSeconds(60).toString()).get("/api/v1/import-jobs")
                .then().statusCode(200).body("total", equalTo(0));
        given().accept("text/csv").queryParam("since", since).get("/api/v1/import-jobs")
                .then().statusCode(200).body(containsString(job));
        given().queryParam("status", "FINISHED").get("/api/v1/import-jobs")
                .then().statusCode(400).body("errors.field", hasItem("status"));
        given().queryParam("since", "yesterday").get("/api/v1/import-jobs")
                .then().statusCode(400).body("errors.field", hasItem("since"));
    }

    @Test
    void anImportRepeatingAnExternalIdIsRefusedWhole() {
        String item = Fixtures.allocationJson("x", "y", "1.00").replace("{", "{\"externalId\": \"same\", ");
        given().contentType(ContentType.JSON).body("[" + item + "," + item + "]")
                .post("/api/v1/allocations/import-jobs")
                .then().statusCode(422).body("detail", containsString("same"));
        given().get("/api/v1/import-jobs/" + UUID.randomUUID()).then().statusCode(404);
    }
}
