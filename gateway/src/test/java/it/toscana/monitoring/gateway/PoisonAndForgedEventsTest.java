package it.toscana.monitoring.gateway;

import static io.restassured.RestAssured.given;
import static it.toscana.monitoring.gateway.EventFeed.VISIBLE_WITHIN;
import static it.toscana.monitoring.gateway.EventFeed.allocation;
import static it.toscana.monitoring.gateway.EventFeed.community;
import static it.toscana.monitoring.gateway.EventFeed.event;
import static it.toscana.monitoring.gateway.EventFeed.json;
import static it.toscana.monitoring.gateway.TotalsTest.unique;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import it.toscana.monitoring.events.CloudEvent;
import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.events.funding.AllocationState.Section;
import it.toscana.monitoring.events.funding.DeclaredTotalStateV2;
import it.toscana.monitoring.events.funding.DeclaredTotalStateV3;
import it.toscana.monitoring.events.funding.FundingEvents;
import it.toscana.monitoring.testsupport.TopicReader;
import it.toscana.monitoring.testsupport.Tokens;

/** A poison event is parked and its partition goes on; a forged event is dropped. */
@QuarkusTest
class PoisonAndForgedEventsTest {

    @Test
    void aPoisonEventIsParkedAfterItsRetriesAndTheRestOfItsPartitionGoesOn() {
        String code = unique("cm");
        community(code, "Poisoned", 0);
        String figure = code + "-t2";
        // v2 declared total without its scope: the projection fails on it (as a NullPointerException), every time
        CloudEvent poison = event(FundingEvents.DECLARED_TOTAL_UPSERTED_V2, new DeclaredTotalStateV2(figure, code, null, null,
                null, new BigDecimal("1.00"), null, null, 0), null);
        int partition = TopicReader.send(Topics.FUNDING, figure, json(poison));
        // behind it, on the same partition: an allocation of the same community
        CloudEvent behind = event(FundingEvents.ALLOCATION_UPSERTED, allocation(code + "-a", code, "VOIP",
                Section.LOCAL_PROGRAMME, "10.00", "0.00", 0), null);
        TopicReader.send(Topics.FUNDING, partition, behind.subject(), json(behind));

        await().atMost(VISIBLE_WITHIN).untilAsserted(() -> given().get("/api/v1/communities/" + code + "/totals")
                .then().body("money.assigned", equalTo(10.00f)));
        String parked = "items.find { it.key == '" + figure + "' }";
        given().get("/api/v1/admin/dead-letters").then().statusCode(200)
                .body(parked + ".topic", equalTo(Topics.FUNDING))
                .body(parked + ".partition", equalTo(partition))
                .body(parked + ".error", containsString("NullPointerException"))
                .body(parked + ".value", containsString(poison.id().toString()));
        given().get("/q/metrics").then().body(containsString("events_dead_lettered_total{group=\"gateway-projections\"}"));
        long id = given().get("/api/v1/admin/dead-letters").then().extract().jsonPath().getLong(parked + ".id");

        // replayed as it is, it fails again and stays parked
        given().post("/api/v1/admin/dead-letters/" + id + "/replay").then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("NullPointerException"));
        // once a newer version of the figure has been applied, the parked one is stale: its replay is a no-op
        TopicReader.send(Topics.FUNDING, figure, json(event(FundingEvents.DECLARED_TOTAL_UPSERTED_V3,
                new DeclaredTotalStateV3(figure, code, DeclaredTotalStateV2.Scope.LOCAL_PROGRAMME, null, null,
                        new BigDecimal("10.00"), new SourceReference("x", "y"), LocalDate.of(2009, 9, 19),
                        DateSource.STATED, null, 1), null)));
        await().atMost(VISIBLE_WITHIN).untilAsserted(() -> given().get("/api/v1/communities/" + code + "/totals")
                .then().body("reconciliation[0].declared", equalTo(10.00f)));
        String replayedAt = given().post("/api/v1/admin/dead-letters/" + id + "/replay").then().statusCode(200)
                .body("replayedAt", notNullValue()).extract().path("replayedAt");
        given().get("/api/v1/admin/dead-letters").then().body(parked, nullValue());
        // a replay is a change: a resync from then lists it
        given().queryParam("includeReplayed", true).queryParam("updatedSince", replayedAt)
                .get("/api/v1/admin/dead-letters").then().statusCode(200).body(parked + ".id", equalTo((int) id));
        given().queryParam("includeReplayed", true).queryParam("updatedSince", "2999-01-01T00:00:00Z")
                .get("/api/v1/admin/dead-letters").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("includeReplayed", "yes").get("/api/v1/admin/dead-letters")
                .then().statusCode(400).body("errors[0].field", equalTo("includeReplayed"));
    }

    @Test
    void aPoisonRecordInTheMiddleOfABatchIsParkedAndTheRecordsAroundItApply() {
        String code = unique("cm");
        community(code, "Poisoned batch", 0);
        EventFeed.awaitCommunity(code);
        String figure = code + "-t2";
        CloudEvent poison = event(FundingEvents.DECLARED_TOTAL_UPSERTED_V2, new DeclaredTotalStateV2(figure, code, null, null,
                null, new BigDecimal("1.00"), null, null, 0), null);
        EventFeed.sendAsOneBatch(Topics.FUNDING,
                event(FundingEvents.ALLOCATION_UPSERTED, allocation(code + "-a", code, "VOIP", Section.LOCAL_PROGRAMME,
                        "10.00", "0.00", 0), null),
                poison,
                event(FundingEvents.ALLOCATION_UPSERTED, allocation(code + "-b", code, "VOIP", Section.LOCAL_PROGRAMME,
                        "20.00", "0.00", 0), null));

        await().atMost(VISIBLE_WITHIN).untilAsserted(() -> given().get("/api/v1/communities/" + code + "/totals")
                .then().body("money.allocations", equalTo(2)).body("money.assigned", equalTo(30.00f)));
        given().get("/api/v1/admin/dead-letters").then().statusCode(200)
                .body("items.find { it.key == '" + figure + "' }.value", containsString(poison.id().toString()));
    }

    @Test
    void parkedEventsAreForRegionAdminOnly() {
        given().header(Tokens.anonymous()).get("/api/v1/admin/dead-letters").then().statusCode(401)
                .contentType("application/problem+json");
        given().header(Tokens.bearer(Tokens.erpIntegration())).get("/api/v1/admin/dead-letters").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void anEventItsTopicsOwnerCouldNotHaveWrittenIsDroppedAndCounted() {
        String code = unique("cm");
        community(code, "Forged", 0);
        CloudEvent genuine = event(FundingEvents.ALLOCATION_UPSERTED, allocation(code + "-a", code, "VOIP",
                Section.LOCAL_PROGRAMME, "10.00", "0.00", 0), null);
        // the same allocation claimed by another service, and a funding type on the deployment topic
        CloudEvent wrongSource = new CloudEvent(genuine.specversion(), UUID.randomUUID(), "/deployment-service",
                genuine.type(), code + "-forged", genuine.time(), genuine.datacontenttype(), genuine.data());
        TopicReader.send(Topics.FUNDING, wrongSource.subject(), json(wrongSource));
        CloudEvent wrongTopic = new CloudEvent(genuine.specversion(), UUID.randomUUID(), genuine.source(), genuine.type(),
                code + "-elsewhere", genuine.time(), genuine.datacontenttype(), genuine.data());
        TopicReader.send(Topics.DEPLOYMENT, wrongTopic.subject(), json(wrongTopic));
        TopicReader.send(Topics.FUNDING, genuine.subject(), json(genuine));
        EventFeed.settle(Topics.FUNDING);
        EventFeed.settle(Topics.DEPLOYMENT);

        given().get("/api/v1/communities/" + code + "/totals").then()
                .body("money.allocations", equalTo(1))
                .body("money.assigned", equalTo(10.00f));
        assertThat(forgedCount(given().get("/q/metrics").then().extract().asString()), greaterThanOrEqualTo(2.0));
    }

    private static double forgedCount(String metrics) {
        return metrics.lines().filter(line -> line.startsWith("events_forged_total{group=\"gateway-projections\"}"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
