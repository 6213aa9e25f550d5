package it.toscana.monitoring.gateway;

import static io.restassured.RestAssured.given;
import static it.toscana.monitoring.gateway.BusinessTimeTest.exact;
import static it.toscana.monitoring.gateway.BusinessTimeTest.totals;
import static it.toscana.monitoring.gateway.EventFeed.VISIBLE_WITHIN;
import static it.toscana.monitoring.gateway.EventFeed.allocationV2;
import static it.toscana.monitoring.gateway.EventFeed.community;
import static it.toscana.monitoring.gateway.EventFeed.event;
import static it.toscana.monitoring.gateway.EventFeed.send;
import static it.toscana.monitoring.gateway.TotalsTest.amount;
import static it.toscana.monitoring.gateway.TotalsTest.unique;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import it.toscana.monitoring.events.DateSource;
import it.toscana.monitoring.events.SourceReference;
import it.toscana.monitoring.events.Topics;
import it.toscana.monitoring.events.Versioned;
import it.toscana.monitoring.events.deployment.DeploymentEvents;
import it.toscana.monitoring.events.deployment.ForeGovAdhesionState;
import it.toscana.monitoring.events.deployment.ForeGovAdhesionStateV2;
import it.toscana.monitoring.events.deployment.ServiceAdhesionState;
import it.toscana.monitoring.events.deployment.ServiceAdhesionState.Service;
import it.toscana.monitoring.events.deployment.ServiceAdhesionState.Status;
import it.toscana.monitoring.events.deployment.JusticeOfficeState;
import it.toscana.monitoring.events.deployment.JusticeOfficeStateV2;
import it.toscana.monitoring.events.deployment.PaasPointState;
import it.toscana.monitoring.events.deployment.PaasPointStateV2;
import it.toscana.monitoring.events.deployment.TelecentreState;
import it.toscana.monitoring.events.deployment.TelecentreStateV2;
import it.toscana.monitoring.events.funding.AllocationStateV2.Detail;
import it.toscana.monitoring.events.funding.DeclaredTotalStateV2.Scope;
import it.toscana.monitoring.events.funding.DeclaredTotalStateV3;
import it.toscana.monitoring.events.funding.FundingEvents;

/** Counts as the booklets print them, and the region's Table 1 reconciled part by part. */
@QuarkusTest
class CountsAndRegionTest {

    private static final LocalDate BOOKLET = LocalDate.of(2009, 9, 19);

    @Test
    void activePaasPointsAreThoseNotClosedOnTheDateAsked() {
        String code = unique("cm");
        community(code, "PAAS", 0);
        publish(Topics.DEPLOYMENT, DeploymentEvents.PAAS_POINT_UPSERTED_V2, point(code + "-open", code,
                List.of(status(PaasPointState.Status.BEING_ACCREDITED, "2008-01-10"), status(PaasPointState.Status.OPEN, "2008-06-01")),
                List.of(usage("2008-12-31", 100, 900), usage(BOOKLET.toString(), 207, 2850))));
        publish(Topics.DEPLOYMENT, DeploymentEvents.PAAS_POINT_UPSERTED_V2, point(code + "-closed", code,
                List.of(status(PaasPointState.Status.OPEN, "2008-03-01"), status(PaasPointState.Status.CLOSED, "2009-05-01")),
                List.of()));
        await().atMost(VISIBLE_WITHIN).ignoreExceptions()
                .untilAsserted(() -> assertEquals(2, totals(code, "").getInt("paas.points")));

        JsonPath now = totals(code, "");
        assertEquals(1, now.getInt("paas.activePoints"));
        assertEquals(Map.of("OPEN", 1, "CLOSED", 1), now.getMap("paas.pointsByStatus"));
        assertEquals(207, now.getInt("paas.registeredUsers"));
        JsonPath early2009 = totals(code, "?asOf=2009-01-31");
        assertEquals(2, early2009.getInt("paas.activePoints"));
        assertEquals(100, early2009.getInt("paas.registeredUsers"));
        assertEquals(900, early2009.getInt("paas.accesses"));
        JsonPath january2008 = totals(code, "?asOf=2008-01-31");
        assertEquals(Map.of("BEING_ACCREDITED", 1), january2008.getMap("paas.pointsByStatus"));
        assertNull(totals(code, "?asOf=2007-12-31").get("paas"));
        given().get("/api/v1/communities/totals").then().statusCode(200);
        assertEquals(1, exact(given().get("/api/v1/communities/totals").asString())
                .getInt("items.find { it.code == '" + code + "' }.activePaasPoints"));
    }

    @Test
    void rolloutFactsAddUpAndACourtServingSeveralCommunitiesCountsOnceInTheRegion() {
        String one = unique("cm");
        String two = unique("cm");
        community(one, "Rollout one", 0);
        community(two, "Rollout two", 0);
        String court = "Corte d'appello " + one;
        publish(Topics.DEPLOYMENT, DeploymentEvents.TELECENTRE_UPSERTED_V2, new TelecentreStateV2(one + "-t", one, null, "II",
                TelecentreState.Status.PLANNED, null, null, 18, 1, null, 8, null, null, null, null, null, BOOKLET,
                DateSource.DOCUMENT_DATE, 0));
        publish(Topics.DEPLOYMENT, DeploymentEvents.FORE_GOV_ADHESION_UPSERTED_V2, new ForeGovAdhesionStateV2(one + "-f1", one,
                null, "Comunità Montana", ForeGovAdhesionState.Status.JOINED, 2, 37, null, null, BOOKLET,
                DateSource.DOCUMENT_DATE, 0));
        publish(Topics.DEPLOYMENT, DeploymentEvents.FORE_GOV_ADHESION_UPSERTED_V2, new ForeGovAdhesionStateV2(one + "-f2", one,
                "046003", "Barga", ForeGovAdhesionState.Status.EXPECTED, null, 19, null, null, BOOKLET,
                DateSource.DOCUMENT_DATE, 0));
        for (String community : List.of(one, two)) {
            publish(Topics.DEPLOYMENT, DeploymentEvents.JUSTICE_OFFICE_UPSERTED_V2, new JusticeOfficeStateV2(community + "-j",
                    community, null, court, JusticeOfficeState.Status.ACTIVE, "2004", 47, 6000, 32492L,
                    LocalDate.of(2009, 1, 1), null, null, null, BOOKLET, DateSource.DOCUMENT_DATE, 0));
        }
        await().atMost(VISIBLE_WITHIN).ignoreExceptions()
                .untilAsserted(() -> assertEquals(1, totals(two, "").getInt("rollout.justice.offices")));

        JsonPath first = totals(one, "?asOf=2009-09-19");
        assertEquals(18, first.getInt("rollout.telecentres.workstations"));
        assertEquals(1, first.getInt("rollout.telecentres.teacherWorkstations"));
        assertEquals(8, first.getInt("rollout.telecentres.jobsTarget"));
        assertEquals(32492, first.getInt("rollout.justice.accesses"));
        // an expected adhesion is neither joined nor trained
        assertEquals(1, first.getInt("rollout.foreGov.adhesions"));
        assertEquals(2, first.getInt("rollout.foreGov.managersTrained"));
        assertEquals(37, first.getInt("rollout.foreGov.employeesTrained"));
        assertEquals(1, first.getInt("rollout.foreGov.expectedAdhesions"));
        assertEquals(19, first.getInt("rollout.foreGov.employeesExpected"));
        assertNull(first.get("rollout.voip"));
        assertEquals("No VoIP installation is recorded for this community on 2009-09-19.",
                first.getString("notKnown.'rollout.voip'"));
        assertNull(totals(one, "?asOf=2009-09-18").get("rollout"));
        assertEquals(1, totals(two, "").getInt("rollout.justice.activeOffices"));
        // In the region the court counts once: its accesses are not added up per community.
        JsonPath region = exact(given().get("/api/v1/totals").asString());
        JsonPath bothOffices = exact(given().get("/api/v1/totals?asOf=2009-09-18").asString());
        long withoutThem = bothOffices.get("rollout") == null || bothOffices.get("rollout.justice") == null ? 0
                : bothOffices.getLong("rollout.justice.accesses");
        assertEquals(withoutThem + 32492, region.getLong("rollout.justice.accesses"));
    }

    @Test
    void startSuapAndUrpAdhesionsAreCountedPerServiceAndStatusFromTheirDate() {
        String code = unique("cm");
        community(code, "Adhesions", 0);
        publish(Topics.DEPLOYMENT, DeploymentEvents.SERVICE_ADHESION_UPSERTED, adhesion(code + "-u1", code, "046003", "Barga",
                Service.URP, Status.IN_PROGRESS, true, 0));
        publish(Topics.DEPLOYMENT, DeploymentEvents.SERVICE_ADHESION_UPSERTED, adhesion(code + "-u2", code, "046004",
                "Borgo a Mozzano", Service.URP, Status.IN_PROGRESS, null, 0));
        publish(Topics.DEPLOYMENT, DeploymentEvents.SERVICE_ADHESION_UPSERTED, adhesion(code + "-s1", code, null,
                "Comunità Montana", Service.START, Status.PLANNED, null, 0));
        // a later version of the START adhesion: the community joined
        publish(Topics.DEPLOYMENT, DeploymentEvents.SERVICE_ADHESION_UPSERTED, adhesion(code + "-s1", code, null,
                "Comunità Montana", Service.START, Status.JOINED, null, 1));
        await().atMost(VISIBLE_WITHIN).ignoreExceptions().untilAsserted(() -> assertEquals(Map.of("JOINED", 1),
                totals(code, "").getMap("rollout.serviceAdhesions.start.byStatus")));

        JsonPath now = totals(code, "?asOf=2009-09-19");
        assertEquals(2, now.getInt("rollout.serviceAdhesions.urp.entities"));
        assertEquals(Map.of("IN_PROGRESS", 2), now.getMap("rollout.serviceAdhesions.urp.byStatus"));
        assertEquals(1, now.getInt("rollout.serviceAdhesions.urp.staffTrained"));
        assertEquals(1, now.getInt("rollout.serviceAdhesions.start.entities"));
        assertEquals(0, now.getInt("rollout.serviceAdhesions.start.staffTrained"));
        assertNull(now.get("rollout.serviceAdhesions.suap"));
        assertNull(totals(code, "?asOf=2009-09-18").get("rollout"), "nothing before the booklet's date");

        publish(Topics.DEPLOYMENT, DeploymentEvents.SERVICE_ADHESION_DELETED, adhesion(code + "-u2", code, "046004",
                "Borgo a Mozzano", Service.URP, Status.IN_PROGRESS, null, 1));
        await().atMost(VISIBLE_WITHIN).ignoreExceptions()
                .untilAsserted(() -> assertEquals(1, totals(code, "").getInt("rollout.serviceAdhesions.urp.entities")));
    }

    private static ServiceAdhesionState adhesion(String id, String community, String istatCode, String entity, Service service,
            Status status, Boolean staffTrained, long version) {
        return new ServiceAdhesionState(id, community, istatCode, entity, service, status, staffTrained, null, null,
                BOOKLET, DateSource.DOCUMENT_DATE, version);
    }

    @Test
    void theRegionsTable1TotalIsReconciledWithTheRowsPartByPart() {
        String booklet = unique("cm");
        String table1Only = unique("cm");
        community(booklet, "With a booklet", 0);
        community(table1Only, "Table 1 only", 0);
        // the booklet's rows exceed its Table 1 figure by 184,000.00 (a row Table 1 does not have)
        publish(Topics.FUNDING, FundingEvents.ALLOCATION_UPSERTED_V2,
                allocationV2(booklet + "-1", booklet, Detail.PROJECT, "246084.10", BOOKLET, List.of(), 0));
        publish(Topics.FUNDING, FundingEvents.ALLOCATION_UPSERTED_V2,
                allocationV2(booklet + "-2", booklet, Detail.PROJECT, "184000.00", BOOKLET, List.of(), 0));
        publish(Topics.FUNDING, FundingEvents.ALLOCATION_UPSERTED_V2,
                allocationV2(table1Only + "-1", table1Only, Detail.LINE_TOTAL, "100.00", BOOKLET, List.of(), 0));
        declare(booklet + "-t1", booklet, "246084.10");
        declare(table1Only + "-t1", table1Only, "100.00");
        // a region total printed 9.90 below the sum of its rows, unique to this test
        BigDecimal printed = new BigDecimal("246174.20").add(new BigDecimal(Math.abs(booklet.hashCode() % 1000)));
        declare(booklet + "-region", null, printed.toPlainString());
        String entry = "reconciliation.find { it.declared == " + printed.toPlainString() + " && it.computedFrom.startsWith('allocations') }";
        await().atMost(VISIBLE_WITHIN).untilAsserted(() -> assertEquals(Boolean.TRUE,
                exact(given().get("/api/v1/totals").asString()).get(entry + ".flagged")));

        JsonPath region = exact(given().get("/api/v1/totals").asString());
        BigDecimal difference = region.get(entry + ".difference");
        List<BigDecimal> parts = region.getList(entry + ".explainedBy.difference");
        assertEquals(difference, parts.stream().reduce(BigDecimal.valueOf(0, 2), BigDecimal::add));
        assertEquals(List.of(), region.getList(entry + ".explainedBy.findAll { it.what == 'not explained' }"));
        assertEquals("-184000.00", amount(region, entry + ".explainedBy.find { it.community == '" + booklet + "' }.difference"));
        assertNull(region.get(entry + ".explainedBy.find { it.community == '" + table1Only + "' }"));
        // each community's row: the declared Table 1 figure beside the computed one
        JsonPath rows = exact(given().get("/api/v1/communities/totals").asString());
        String row = "items.find { it.code == '" + booklet + "' }";
        assertEquals("246084.10", amount(rows, row + ".table1Declared"));
        assertEquals("430084.10", amount(rows, row + ".localProgramme"));
        assertEquals("-184000.00", amount(rows, row + ".table1Difference"));
        assertEquals(Boolean.TRUE, rows.get(row + ".table1Flagged"));
        assertEquals("0.00", amount(rows, "items.find { it.code == '" + table1Only + "' }.table1Difference"));
        assertEquals("LINE_TOTALS", rows.getString("items.find { it.code == '" + table1Only + "' }.basis"));
    }

    private static void declare(String id, String community, String amount) {
        publish(Topics.FUNDING, FundingEvents.DECLARED_TOTAL_UPSERTED_V3, new DeclaredTotalStateV3(id, community, Scope.TABLE1,
                null, null, new BigDecimal(amount), new SourceReference("000_740a832bca25e879.txt", "Tabella 1"), BOOKLET,
                DateSource.DOCUMENT_DATE, null, 0));
    }

    private static PaasPointStateV2 point(String id, String community, List<PaasPointStateV2.StatusPeriod> statuses,
            List<PaasPointStateV2.UsageFigure> usage) {
        PaasPointStateV2.StatusPeriod current = statuses.get(statuses.size() - 1);
        return new PaasPointStateV2(id, community, "053016", null, null, List.of(), current.status(), null, null,
                current.since(), 0, 0, true, null, statuses, usage, 0);
    }

    private static PaasPointStateV2.StatusPeriod status(PaasPointState.Status status, String since) {
        return new PaasPointStateV2.StatusPeriod(status, null, LocalDate.parse(since));
    }

    private static PaasPointStateV2.UsageFigure usage(String end, long users, long accesses) {
        return new PaasPointStateV2.UsageFigure(null, LocalDate.parse(end), users, accesses, true);
    }

    private static void publish(String topic, String type, Versioned state) {
        send(topic, event(type, state, null));
    }
}
