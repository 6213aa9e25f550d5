package it.toscana.monitoring.gateway.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.toscana.monitoring.events.deployment.PaasPointState;
import it.toscana.monitoring.events.deployment.PaasPointState.SiteType;
import it.toscana.monitoring.events.deployment.PaasPointState.Status;
import it.toscana.monitoring.events.deployment.PaasPointStateV2;
import it.toscana.monitoring.events.deployment.PaasPointStateV2.StatusPeriod;
import it.toscana.monitoring.events.deployment.PaasPointStateV2.UsageFigure;

/** How a PAAS point counts over business time: a pure function of its state, so a rebuild gives the same cells. */
class PaasContributionTest {

    private static final String CM = "media-valle-del-serchio";
    private static final String BORGO = "046004";

    @Test
    void aPointCountsInEachStatusOverTheTimeItHadIt() {
        PaasPointStateV2 point = point(List.of(new StatusPeriod(Status.BEING_ACCREDITED, null, day("2008-01-10")),
                new StatusPeriod(Status.OPEN, null, day("2008-06-01"))), List.of());

        assertEquals(List.of(
                new Segment(points(Status.BEING_ACCREDITED), day("2008-01-10"), day("2008-06-01"), BigDecimal.ONE),
                new Segment(points(Status.OPEN), day("2008-06-01"), null, BigDecimal.ONE)), segments(point));
    }

    @Test
    void usageIsCumulativeAndHoldsFromEachPeriodEndUntilTheNextReport() {
        PaasPointStateV2 point = point(List.of(new StatusPeriod(Status.OPEN, null, day("2008-01-10"))), List.of(
                new UsageFigure(day("2008-01-01"), day("2008-12-31"), 120, 900, false),
                new UsageFigure(day("2009-01-01"), day("2009-06-30"), 150, 1400, true)));
        Cell users = Cell.of(CM, Family.PAAS, BORGO, "", Measure.REGISTERED_USERS);

        assertEquals(List.of(
                new Segment(points(Status.OPEN), day("2008-01-10"), null, BigDecimal.ONE),
                new Segment(users, day("2008-12-31"), day("2009-06-30"), BigDecimal.valueOf(120)),
                new Segment(users.withMeasure(Measure.ACCESSES), day("2008-12-31"), day("2009-06-30"), BigDecimal.valueOf(900)),
                // a complete report counts no partial point (a zero segment is dropped)
                new Segment(users, day("2009-06-30"), null, BigDecimal.valueOf(150)),
                new Segment(users.withMeasure(Measure.ACCESSES), day("2009-06-30"), null, BigDecimal.valueOf(1400)),
                new Segment(users.withMeasure(Measure.PARTIAL_POINTS), day("2009-06-30"), null, BigDecimal.ONE)),
                segments(point));
    }

    @Test
    void aPointWithoutCommunityIsCountedAsUnattributed() {
        PaasPointStateV2 point = new PaasPointStateV2("p1", null, BORGO, "Biblioteca", SiteType.LIBRARY, List.of(),
                Status.OPEN, null, null, day("2008-01-10"), 0, 0, false, null,
                List.of(new StatusPeriod(Status.OPEN, null, day("2008-01-10"))), List.of(), 0);
        assertEquals(Contribution.UNATTRIBUTED, segments(point).get(0).cell().community());
    }

    @Test
    void aV1PointHoldsItsStatusAndUsageFromTheDayOfItsEvent() {
        PaasPointState v1 = new PaasPointState("p1", CM, BORGO, "Biblioteca", SiteType.LIBRARY, List.of(), Status.OPEN,
                null, null, 30, 200, false, null, 3);
        Contribution contribution = ContributionRules.paasPoint(v1, day("2009-09-19"));
        List<Segment> segments = contribution.after(List.of());
        assertEquals(new Segment(points(Status.OPEN), day("2009-09-19"), null, BigDecimal.ONE), segments.get(0));
        assertEquals(new Segment(Cell.of(CM, Family.PAAS, BORGO, "", Measure.REGISTERED_USERS), day("2009-09-19"), null,
                BigDecimal.valueOf(30)), segments.get(1));
    }

    private static PaasPointStateV2 point(List<StatusPeriod> statuses, List<UsageFigure> usage) {
        StatusPeriod current = statuses.get(statuses.size() - 1);
        return new PaasPointStateV2("p1", CM, BORGO, "Biblioteca", SiteType.LIBRARY, List.of(), current.status(), null,
                null, current.since(), 0, 0, false, null, statuses, usage, 0);
    }

    private static List<Segment> segments(PaasPointStateV2 point) {
        return ContributionRules.paasPoint(point).after(List.of());
    }

    private static Cell points(Status status) {
        return Cell.of(CM, Family.PAAS, BORGO, status, Measure.POINTS);
    }

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }
}
