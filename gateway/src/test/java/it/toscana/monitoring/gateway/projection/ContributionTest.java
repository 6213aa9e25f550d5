package it.toscana.monitoring.gateway.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How a new version combines with the segments an aggregate held before. */
class ContributionTest {

    private static final Cell ACTIVE = Cell.of("cm", Family.CART, "053016", "ACTIVE", Measure.INTERPRO_ENTITIES);
    private static final Cell PLANNED = Cell.of("cm", Family.CART, "053016", "PLANNED", Measure.INTERPRO_ENTITIES);

    @Test
    void aLaterStateEndsTheOneBeforeIt() {
        List<Segment> before = List.of(Segment.from(day("2008-01-01"), PLANNED, BigDecimal.ONE));
        List<Segment> after = new Contribution.StateSince(day("2009-03-01"),
                List.of(Segment.from(day("2009-03-01"), ACTIVE, BigDecimal.ONE))).after(before);
        assertEquals(List.of(new Segment(PLANNED, day("2008-01-01"), day("2009-03-01"), BigDecimal.ONE),
                Segment.from(day("2009-03-01"), ACTIVE, BigDecimal.ONE)), after);
    }

    @Test
    void aCorrectionDatedEarlierReplacesWhatHeldFromItsDate() {
        List<Segment> before = List.of(new Segment(PLANNED, day("2008-01-01"), day("2009-03-01"), BigDecimal.ONE),
                Segment.from(day("2009-03-01"), ACTIVE, BigDecimal.ONE));
        List<Segment> after = new Contribution.StateSince(day("2009-02-01"),
                List.of(Segment.from(day("2009-02-01"), ACTIVE, BigDecimal.ONE))).after(before);
        assertEquals(List.of(new Segment(PLANNED, day("2008-01-01"), day("2009-02-01"), BigDecimal.ONE),
                Segment.from(day("2009-02-01"), ACTIVE, BigDecimal.ONE)), after);
    }

    @Test
    void aWholeHistoryReplacesEverythingAndARemovalLeavesNothing() {
        List<Segment> before = List.of(Segment.from(day("2008-01-01"), PLANNED, BigDecimal.ONE));
        List<Segment> history = List.of(Segment.from(day("2007-05-01"), ACTIVE, BigDecimal.TEN));
        assertEquals(history, new Contribution.WholeHistory(history).after(before));
        assertEquals(List.of(), new Contribution.Removed().after(before));
    }

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }
}
