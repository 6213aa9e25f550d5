package it.toscana.monitoring.gateway;

import static io.restassured.RestAssured.given;
import static it.toscana.monitoring.gateway.EventFeed.VISIBLE_WITHIN;
import static it.toscana.monitoring.gateway.EventFeed.allocation;
import static it.toscana.monitoring.gateway.EventFeed.awaitCommunity;
import static it.toscana.monitoring.gateway.EventFeed.community;
import static it.toscana.monitoring.gateway.EventFeed.event;
import static it.toscana.monitoring.gateway.EventFeed.paasPoint;
import static it.toscana.monitoring.gateway.EventFeed.send;
import static it.toscana.monitoring.gateway.EventFeed.sendAsOneBatch;
import static it.toscana.monitoring.gateway.EventFeed.settle;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.path.json.config.JsonPathConfig;
import it.toscana.monitoring.events.CloudEvent;
import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.events.deployment.BroadbandState;
import it.toscana.monitoring.events.deployment.DeploymentEvents;
import it.toscana.monitoring.events.deployment.InterProState;
import it.toscana.monitoring.events.deployment.NalNodeState;
import it.toscana.monitoring.events.deployment.PaasPointState;
import it.toscana.monitoring.events.funding.AllocationState;
import it.toscana.monitoring.events.funding.AllocationState.Section;
import it.toscana.monitoring.events.funding.DeclaredTotalState;
import it.toscana.monitoring.events.funding.DeclaredTotalStateV2;
import it.toscana.monitoring.events.funding.FundingEvents;

/** Totals maintained from events on the real broker, checked against sums computed here. */
@QuarkusTest
class TotalsTest {

    private static final List<String> LINES = List.of("VOIP", "SUAP", "START", "PAAS", "CART");

    @Test
    void totalsEqualIndependentSumsAndIgnoreDuplicatesAndStaleVersions() {
        String here = unique("cm");
        String there = unique("cm");
        community(here, "Here", 0);
        community(there, "There", 0);
        Random random = new Random(42);
        Map<String, AllocationState> latest = new HashMap<>();
        List<CloudEvent> sent = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long assignedCents = 100_000 + random.nextInt(50_000_000);
            long paidCents = random.nextInt((int) Math.min(assignedCents, Integer.MAX_VALUE));
            AllocationState a = allocation(here + "-a" + i, here, LINES.get(i % LINES.size()),
                    i % 3 == 0 ? Section.TERRITORIAL_IMPACT : Section.LOCAL_PROGRAMME, cents(assignedCents),
                    cents(paidCents), 0);
            latest.put(a.id(), a);
            sent.add(publish(FundingEvents.ALLOCATION_UPSERTED, a));
        }
        // updates, a move to another community, deletions
        for (int i = 0; i < 5; i++) {
            AllocationState old = latest.get(here + "-a" + i);
            AllocationState paidMore = allocation(old.id(), here, old.fundingLineCode(), old.section(),
                    old.amountAssigned().toPlainString(), old.amountAssigned().toPlainString(), 1);
            latest.put(old.id(), paidMore);
            sent.add(publish(FundingEvents.ALLOCATION_UPSERTED, paidMore));
        }
        AllocationState moving = latest.get(here + "-a7");
        AllocationState moved = allocation(moving.id(), there, moving.fundingLineCode(), moving.section(),
                moving.amountAssigned().toPlainString(), moving.amountPaid().toPlainString(), 1);
        latest.put(moved.id(), moved);
        sent.add(publish(FundingEvents.ALLOCATION_UPSERTED, moved));
        for (String deleted : List.of(here + "-a8", here + "-a9")) {
            AllocationState last = latest.remove(deleted);
            sent.add(publish(FundingEvents.ALLOCATION_DELETED, allocation(last.id(), here, last.fundingLineCode(),
                    last.section(), last.amountAssigned().toPlainString(), last.amountPaid().toPlainString(), 1)));
        }

        await().atMost(VISIBLE_WITHIN).untilAsserted(() -> assertMoney(here, latest));
        assertMoney(there, latest);
        JsonPath before = totals(here);

        // Every event again (same ids), then stale versions with new ids: nothing may change.
        sent.forEach(event -> send(Topics.FUNDING, event));
        for (int i = 0; i < 5; i++) {
            AllocationState stale = allocation(here + "-a" + i, here, "VOIP", Section.LOCAL_PROGRAMME, "1.00", "0.00", 0);
            send(Topics.FUNDING, event(FundingEvents.ALLOCATION_UPSERTED, stale, null));
        }
        settle(Topics.FUNDING);
        assertEquals(withoutLag(before), withoutLag(totals(here)));
        assertMoney(here, latest);
    }

    /** One batch, one transaction: its netted writes must equal the aggregates' last states. */
    @Test
    void aBatchWithSeveralVersionsMovesAndARedeliveryEndsAtTheLastStates() {
        String here = unique("cm");
        String there = unique("cm");
        community(here, "Here", 0);
        community(there, "There", 0);
        awaitCommunity(here);
        awaitCommunity(there);
        AllocationState a0 = allocation(here + "-a", here, "VOIP", Section.LOCAL_PROGRAMME, "10.00", "0.00", 0);
        AllocationState a1 = allocation(here + "-a", here, "VOIP", Section.LOCAL_PROGRAMME, "20.00", "5.00", 1);
        AllocationState a2 = allocation(here + "-a", here, "SUAP", Section.TERRITORIAL_IMPACT, "30.00", "5.00", 2);
        AllocationState b0 = allocation(here + "-b", here, "VOIP", Section.LOCAL_PROGRAMME, "5.00", "0.00", 0);
        AllocationState b1 = allocation(here + "-b", there, "VOIP", Section.LOCAL_PROGRAMME, "5.00", "1.00", 1);
        AllocationState c0 = allocation(here + "-c", there, "START", Section.LOCAL_PROGRAMME, "7.00", "0.00", 0);
        AllocationState c1 = allocation(here + "-c", here, "START", Section.LOCAL_PROGRAMME, "7.00", "2.00", 1);
        AllocationState c2 = allocation(here + "-c", there, "START", Section.LOCAL_PROGRAMME, "8.00", "2.00", 2);
        CloudEvent a1Event = event(FundingEvents.ALLOCATION_UPSERTED, a1, null);

        sendAsOneBatch(Topics.FUNDING, upserted(a0), a1Event, upserted(b0), upserted(c0), upserted(b1),
                a1Event, // redelivered inside the batch
                upserted(c1), upserted(a2),
                upserted(a0), // an older version under a new event id
                upserted(c2));

        Map<String, AllocationState> latest = Map.of(a2.id(), a2, b1.id(), b1, c2.id(), c2);
        await().atMost(VISIBLE_WITHIN).untilAsserted(() -> {
            assertMoney(here, latest);
            assertMoney(there, latest);
        });
    }

    private static CloudEvent upserted(AllocationState state) {
        return event(FundingEvents.ALLOCATION_UPSERTED, state, null);
    }

    @Test
    void deploymentFiguresAddUpPerCommunity() {
        String code = unique("cm");
        community(code, "Deployment", 0);
        publish(DeploymentEvents.PAAS_POINT_UPSERTED, paasPoint(code + "-p1", code, "053016", 207, 2850, PaasPointState.Status.OPEN, 0));
        publish(DeploymentEvents.PAAS_POINT_UPSERTED, paasPoint(code + "-p2", code, "053021", 10, 40, PaasPointState.Status.OPEN, 0));
        publish(DeploymentEvents.PAAS_POINT_UPSERTED, paasPoint(code + "-p2", code, "053021", 10, 40, PaasPointState.Status.CLOSED, 1));
        publish(DeploymentEvents.BROADBAND_UPSERTED_V1, new BroadbandState("053016", code,
                new BroadbandState.PaConnection(BroadbandState.Technology.RTRT3_FIBRE, BroadbandState.RolloutStatus.ACTIVE, null),
                List.of(), BroadbandState.Coverage.PARTIALLY_COVERED, 2010, List.of(), 65, null, null, null, null, 0));
        publish(DeploymentEvents.BROADBAND_UPSERTED_V1, new BroadbandState("053021", code,
                new BroadbandState.PaConnection(BroadbandState.Technology.TIX_SATELLITE, BroadbandState.RolloutStatus.PLANNED, null),
                List.of(), BroadbandState.Coverage.PLANNED, 2011, List.of(), 77, null, null, null, null, 0));
        publish(DeploymentEvents.NAL_NODE_UPSERTED, new NalNodeState(code + "-nal", code, "Comunità Montana", null,
                List.of("Comune A", "Comune B"), BroadbandState.RolloutStatus.ACTIVE, 0));
        publish(DeploymentEvents.INTERPRO_UPSERTED, new InterProState(code + "-ip1", code, "Comune A", "053016",
                InterProState.Status.ACTIVE, 12, "2009-08", 0));
        publish(DeploymentEvents.INTERPRO_UPSERTED, new InterProState(code + "-ip2", code, "Comune B", "053021",
                InterProState.Status.IN_PROGRESS, 0, null, 0));

        await().atMost(VISIBLE_WITHIN).untilAsserted(() -> given().get("/api/v1/communities/" + code + "/totals")
                .then().statusCode(200)
                .body("paas.points", equalTo(2))
                .body("paas.pointsByStatus.OPEN", equalTo(1))
                .body("paas.pointsByStatus.CLOSED", equalTo(1))
                .body("paas.registeredUsers", equalTo(217))
                .body("paas.accesses", equalTo(2890))
                .body("broadband.municipalities", equalTo(2))
                .body("broadband.connectedToRegionalNetwork", equalTo(1))
                .body("broadband.unservableUsers", equalTo(142))
                .body("broadband.coverage.PLANNED", equalTo(1))
                .body("cart.nalHosted", equalTo(1))
                .body("cart.nalUsers", equalTo(2))
                .body("cart.interProByStatus.ACTIVE", equalTo(1))
                .body("cart.interProMessages", equalTo(12)));

        given().get("/api/v1/communities/" + code + "/totals?by=municipality")
                .then().statusCode(200)
                .body("breakdown.find { it.key == '053016' }.paas.registeredUsers", equalTo(207))
                .body("breakdown.find { it.key == '053021' }.broadband.unservableUsers", equalTo(77));
    }

    /** v1 allocations carry no business date: each version holds from the day of its event, as before v2. */
    @Test
    void anUndatedV1AllocationHoldsFromTheDayOfItsEvent() {
        String code = unique("cm");
        community(code, "History", 0);
        String id = code + "-a";
        send(Topics.FUNDING, event(FundingEvents.ALLOCATION_UPSERTED,
                allocation(id, code, "VOIP", Section.LOCAL_PROGRAMME, "1000.00", "400.00", 0),
                Instant.parse("2009-09-10T10:00:00Z")));
        send(Topics.FUNDING, event(FundingEvents.ALLOCATION_UPSERTED,
                allocation(id, code, "VOIP", Section.LOCAL_PROGRAMME, "1500.00", "1500.00", 1),
                Instant.parse("2009-09-25T10:00:00Z")));

        await().atMost(VISIBLE_WITHIN).untilAsserted(() -> given().get("/api/v1/communities/" + code + "/totals")
                .then().body("money.assigned", equalTo(1500.00f)));
        given().get("/api/v1/communities/" + code + "/totals?asOf=2009-09-19")
                .then().statusCode(200)
                .body("money.assigned", equalTo(1000.00f))
                .body("money.paid", equalTo(400.00f))
                .body("money.toPay", equalTo(600.00f))
                .body("asOf", equalTo("2009-09-19"));
        given().get("/api/v1/communities/" + code + "/totals?asOf=2009-09-01")
                .then().statusCode(200).body("money", nullValue())
                .body("notKnown.money", equalTo("No allocation is recorded for this community on 2009-09-01."));
    }

    @Test
    void declaredTotalsAreReconciledWithTheRows() {
        String code = unique("cm");
        community(code, "Colline", 0);
        publish(FundingEvents.ALLOCATION_UPSERTED, allocation(code + "-1", code, "VOIP", Section.LOCAL_PROGRAMME, "259000.00", "0.00", 0));
        publish(FundingEvents.ALLOCATION_UPSERTED, allocation(code + "-2", code, "SUAP", Section.LOCAL_PROGRAMME, "77312.00", "0.00", 0));
        publish(FundingEvents.DECLARED_TOTAL_UPSERTED_V1, new DeclaredTotalState(code + "-t2", code,
                DeclaredTotalState.Scope.LOCAL_PROGRAMME, null, new BigDecimal("336312.10"),
                new SourceReference("002_5cf3de3147a6c147.txt", "Tabella 2, totale"), null, 0));

        await().atMost(VISIBLE_WITHIN).untilAsserted(() -> given().get("/api/v1/communities/" + code + "/totals")
                .then().statusCode(200)
                .body("reconciliation[0].scope", equalTo("LOCAL_PROGRAMME"))
                .body("reconciliation[0].declared", equalTo(336312.10f))
                .body("reconciliation[0].computed", equalTo(336312.00f))
                .body("reconciliation[0].difference", equalTo(0.10f))
                .body("reconciliation[0].flagged", equalTo(true))
                .body("reconciliation[0].declaredSource.document", equalTo("002_5cf3de3147a6c147.txt")));
        given().accept("text/csv").get("/api/v1/communities/totals")
                .then().statusCode(200)
                .body(containsString("code,name,kind,provinces,basis,assigned,paid,toPay,localProgramme"))
                .body(containsString(code + ",Colline,COMUNITA_MONTANA,GR,PROJECT_ROWS,336312.00,0.00,336312.00,336312.00"));
    }

    @Test
    void declaredTotalsOfBothEventVersionsShowUpAndSchedaHeadlinesAreDeclaredOnly() {
        String code = unique("cm");
        community(code, "Media Valle", 0);
        publish(FundingEvents.ALLOCATION_UPSERTED, allocation(code + "-1", code, "VOIP", Section.LOCAL_PROGRAMME, "430084.10", "0.00", 0));
        SourceReference booklet = new SourceReference("000_740a832bca25e879.txt", "Tabella 2, total row");
        // Written before v2 (still on the topic as v1), then replaced by a v2 event of the same aggregate.
        publish(FundingEvents.DECLARED_TOTAL_UPSERTED_V1, new DeclaredTotalState(code + "-t2", code,
                DeclaredTotalState.Scope.LOCAL_PROGRAMME, null, new BigDecimal("430000.00"), booklet, null, 0));
        publish(FundingEvents.DECLARED_TOTAL_UPSERTED_V2, new DeclaredTotalStateV2(code + "-t2", code,
                DeclaredTotalStateV2.Scope.LOCAL_PROGRAMME, null, null, new BigDecimal("430084.10"), booklet, null, 1));
        SourceReference scheda6 = new SourceReference("000_740a832bca25e879.txt", "Scheda 6");
        publish(FundingEvents.DECLARED_TOTAL_UPSERTED_V2, new DeclaredTotalStateV2(code + "-s6a", code,
                DeclaredTotalStateV2.Scope.SCHEDA, "Telecentri", null, new BigDecimal("30000.00"), scheda6, null, 0));
        publish(FundingEvents.DECLARED_TOTAL_UPSERTED_V2, new DeclaredTotalStateV2(code + "-s6b", code,
                DeclaredTotalStateV2.Scope.SCHEDA, "Finanziamento regionale per fase II telecentri", null,
                new BigDecimal("50000.00"), scheda6, "Text says \"pari a circa € 50.000,00\"", 0));
        DeclaredTotalStateV2 withdrawn = new DeclaredTotalStateV2(code + "-s7", code, DeclaredTotalStateV2.Scope.SCHEDA,
                "START", null, new BigDecimal("23000.00"), new SourceReference("000_740a832bca25e879.txt", "Scheda 11"), null, 0);
        publish(FundingEvents.DECLARED_TOTAL_UPSERTED_V2, withdrawn);
        publish(FundingEvents.DECLARED_TOTAL_DELETED_V2, new DeclaredTotalStateV2(withdrawn.id(), code, withdrawn.scope(),
                withdrawn.label(), null, withdrawn.amount(), withdrawn.source(), null, 1));

        String telecentres = "reconciliation.find { it.scope == 'SCHEDA' && it.label == 'Telecentri' }";
        String phaseTwo = "reconciliation.find { it.scope == 'SCHEDA' && it.label.startsWith('Finanziamento') }";
        await().atMost(VISIBLE_WITHIN).untilAsserted(() -> {
            JsonPath totals = totals(code);
            assertEquals("430084.10", amount(totals, "reconciliation.find { it.scope == 'LOCAL_PROGRAMME' }.declared"));
            assertEquals(Boolean.FALSE, totals.get("reconciliation.find { it.scope == 'LOCAL_PROGRAMME' }.flagged"));
            assertEquals(3, totals.getList("reconciliation").size(), () -> totals.getList("reconciliation").toString());
            assertEquals("30000.00", amount(totals, telecentres + ".declared"));
            assertEquals("50000.00", amount(totals, phaseTwo + ".declared"));
            assertEquals("Scheda 6", totals.getString(phaseTwo + ".declaredSource.location"));
            assertEquals("Text says \"pari a circa € 50.000,00\"", totals.getString(phaseTwo + ".note"));
            // No computed counterpart: nothing to compare, so nothing is flagged.
            assertNull(totals.get(telecentres + ".computed"));
            assertEquals(Boolean.FALSE, totals.get(telecentres + ".flagged"));
        });
    }

    @Test
    void sectionFilterAndLineDrillDown() {
        String code = unique("cm");
        community(code, "Filters", 0);
        publish(FundingEvents.ALLOCATION_UPSERTED, allocation(code + "-1", code, "VOIP", Section.LOCAL_PROGRAMME, "100.00", "40.00", 0));
        publish(FundingEvents.ALLOCATION_UPSERTED, allocation(code + "-2", code, "VOIP", Section.TERRITORIAL_IMPACT, "50.00", "0.00", 0));
        publish(FundingEvents.ALLOCATION_UPSERTED, allocation(code + "-3", code, "CART", Section.TERRITORIAL_IMPACT, "25.50", "0.00", 0));

        await().atMost(VISIBLE_WITHIN).untilAsserted(() -> given().get("/api/v1/communities/" + code + "/totals")
                .then().body("money.assigned", equalTo(175.50f)));
        given().get("/api/v1/communities/" + code + "/totals?section=territorial_impact&by=line")
                .then().statusCode(200)
                .body("money.assigned", equalTo(75.50f))
                .body("filters.section", equalTo("TERRITORIAL_IMPACT"))
                .body("breakdown.key", hasItem("CART"))
                .body("breakdown.find { it.key == 'VOIP' }.money.assigned", equalTo(50.00f));
    }

    @Test
    void totalsCarryAnETagSoDashboardsRevalidateInsteadOfRereading() {
        String code = unique("cm");
        community(code, "Revalidated", 0);
        String url = "/api/v1/communities/" + code + "/totals";
        await().atMost(VISIBLE_WITHIN).until(() -> given().get(url).statusCode() == 200);
        Response first = given().get(url);
        String etag = first.header("ETag");
        assertEquals(List.of("no-cache"), first.headers().getValues("Cache-Control"), "one directive: revalidate");
        given().header("If-None-Match", etag).get(url).then().statusCode(304).header("ETag", etag);
        String rowsEtag = given().get("/api/v1/communities/totals").header("ETag");
        String csvEtag = given().accept("text/csv").get("/api/v1/communities/totals").header("ETag");
        assertNotEquals(rowsEtag, csvEtag, "JSON and CSV are different representations");

        publish(FundingEvents.ALLOCATION_UPSERTED, allocation(code + "-1", code, "VOIP", Section.LOCAL_PROGRAMME, "5.00", "0.00", 0));
        await().atMost(VISIBLE_WITHIN).untilAsserted(() -> given().header("If-None-Match", etag).get(url).then()
                .statusCode(200).body("money.assigned", equalTo(5.00f)));
    }

    @Test
    void publicReadsMayBeKeptAndRevalidatedWhileErrorsAndAdminAnswersAreNeverStored() {
        String code = unique("cm");
        community(code, "Cached", 0);
        await().atMost(VISIBLE_WITHIN).until(() -> given().get("/api/v1/communities/" + code + "/totals").statusCode() == 200);
        for (String read : List.of("/api/v1/communities/" + code + "/totals", "/api/v1/totals", "/api/v1/communities/totals",
                "/", "/communities/" + code, "/dashboard/live.js")) {
            assertEquals(List.of("no-cache"), given().get(read).then().statusCode(200).extract().headers().getValues("Cache-Control"), read);
        }
        assertEquals(List.of("no-store"), given().get("/api/v1/communities/" + unique("none") + "/totals").then().statusCode(404)
                .extract().headers().getValues("Cache-Control"));
        assertEquals(List.of("no-store"), given().get("/api/v1/admin/projections").then()
                .statusCode(200).extract().headers().getValues("Cache-Control"));
        assertEquals(List.of("no-store"), given().contentType("application/json").body("{}").post("/api/v1/webhooks")
                .then().statusCode(422).extract().headers().getValues("Cache-Control"));
    }

    @Test
    void fieldsSelectOnlyTheNamedFieldsOfTotalsAndRowsInJsonAndCsv() {
        String code = unique("cm");
        community(code, "Sparse", 0);
        publish(FundingEvents.ALLOCATION_UPSERTED, allocation(code + "-1", code, "VOIP", Section.LOCAL_PROGRAMME, "100.00", "40.00", 0));
        String url = "/api/v1/communities/" + code + "/totals";
        await().atMost(VISIBLE_WITHIN).untilAsserted(() -> given().get(url).then().body("money.assigned", equalTo(100.00f)));

        given().queryParam("fields", "community.code,money.assigned").get(url).then().statusCode(200)
                .body("keySet()", contains("community", "money"))
                .body("community.keySet()", contains("code"))
                .body("money.keySet()", contains("assigned"))
                .body("money.assigned", equalTo(100.00f));
        given().queryParam("fields", "code,name,assigned").get("/api/v1/communities/totals").then().statusCode(200)
                .body("items.collect { it.keySet().join(',') }.unique()", contains("code,name,assigned"))
                .body("items.find { it.code == '" + code + "' }.assigned", equalTo(100.00f));
        String csv = given().accept("text/csv").queryParam("fields", "code,assigned").get("/api/v1/communities/totals")
                .then().statusCode(200).extract().asString();
        List<String> lines = List.of(csv.split("\r\n"));
        assertEquals("code,assigned", lines.get(0));
        assertEquals(1, lines.stream().filter(line -> line.equals(code + ",100.00")).count(), csv);

        given().queryParam("fields", "code,money.asigned").get(url).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("fields"))
                .body("errors[0].message", containsString("'code'"))
                .body("errors[1].message", containsString("'money.asigned'"));
        given().queryParam("fields", "code,,name").get("/api/v1/totals").then().statusCode(400)
                .body("errors[0].field", equalTo("fields"));
    }

    @Test
    void invalidQueryParametersAreBadRequestsNamingTheField() {
        given().get("/api/v1/totals?asOf=yesterday").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
        given().get("/api/v1/totals?knownAt=2026-13-01").then().statusCode(400).body("errors[0].field", equalTo("knownAt"));
        given().get("/api/v1/totals?section=TABLE9").then().statusCode(400).body("errors[0].field", equalTo("section"));
        given().get("/api/v1/totals?by=planet").then().statusCode(400).body("errors[0].field", equalTo("by"));
    }

    private static CloudEvent publish(String type, it.toscana.monitoring.events.Versioned state) {
        CloudEvent event = event(type, state, null);
        send(type.contains(".funding.") ? Topics.FUNDING : Topics.DEPLOYMENT, event);
        return event;
    }

    private static void assertMoney(String community, Map<String, AllocationState> latest) {
        List<AllocationState> mine = latest.values().stream().filter(a -> a.communityCode().equals(community)).toList();
        JsonPath totals = totals(community);
        assertEquals(sum(mine, AllocationState::amountAssigned), amount(totals, "money.assigned"));
        assertEquals(sum(mine, AllocationState::amountPaid), amount(totals, "money.paid"));
        assertEquals(sum(mine, AllocationState::amountToPay), amount(totals, "money.toPay"));
        assertEquals(mine.size(), totals.getInt("money.allocations"));
        for (Section section : Section.values()) {
            List<AllocationState> inSection = mine.stream().filter(a -> a.section() == section).toList();
            if (!inSection.isEmpty()) {
                assertEquals(sum(inSection, AllocationState::amountAssigned),
                        amount(totals, "money.bySection." + section + ".assigned"), section.name());
            }
        }
        for (String line : LINES) {
            List<AllocationState> onLine = mine.stream().filter(a -> a.fundingLineCode().equals(line)).toList();
            if (!onLine.isEmpty()) {
                assertEquals(sum(onLine, AllocationState::amountPaid), amount(totals, "money.byLine." + line + ".paid"), line);
            }
        }
    }

    static String amount(JsonPath totals, String path) {
        return totals.<BigDecimal>get(path).toPlainString();
    }

    private static String sum(List<AllocationState> allocations, java.util.function.Function<AllocationState, BigDecimal> amount) {
        return allocations.stream().map(amount).reduce(BigDecimal.valueOf(0, 2), BigDecimal::add).toPlainString();
    }

    static JsonPath totals(String community) {
        String body = given().get("/api/v1/communities/" + community + "/totals").then().statusCode(200).extract().asString();
        return new JsonPath(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static Map<String, Object> withoutLag(JsonPath totals) {
        Map<String, Object> map = new HashMap<>(totals.getMap(""));
        map.remove("lagByTopic");
        return map;
    }

    private static String cents(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
