package it.toscana.monitoring.gateway.totals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import it.toscana.monitoring.gateway.projection.Cell;
import it.toscana.monitoring.gateway.projection.Family;
import it.toscana.monitoring.gateway.projection.Measure;
import it.toscana.monitoring.gateway.totals.view.MoneyTotals;
import it.toscana.monitoring.gateway.totals.view.PaasTotals;
import it.toscana.monitoring.gateway.totals.view.RolloutTotals;

/** How total cells roll up into the figures of an answer, as plain JUnit: no broker, no database. */
class CellSumsTest {

    private static final String MVS = "media-valle-del-serchio";

    private final List<CellValue> cells = new ArrayList<>();

    @Test
    void moneyOfProjectRowsIsSummedBySectionLineAndCategoryWithItsPayments() {
        allocation("LOCAL_PROGRAMME", "TELECENTRI", "WORK", "30000.00", "30000.00", "0.00");
        allocation("TERRITORIAL_IMPACT", "VOIP", "INFRASTRUCTURE", "681381.00", "200000.00", "481381.00");

        MoneyTotals money = new CellSums(cells).moneyTotals();

        assertEquals(new BigDecimal("711381.00"), money.assigned());
        assertEquals(new BigDecimal("230000.00"), money.paid());
        assertEquals(new BigDecimal("481381.00"), money.toPay());
        assertEquals(2, money.allocations());
        assertEquals(MoneyTotals.Basis.PROJECT_ROWS, money.basis());
        assertEquals(new BigDecimal("30000.00"), money.bySection().get("LOCAL_PROGRAMME").assigned());
        assertEquals(new BigDecimal("200000.00"), money.byLine().get("VOIP").paid());
        assertEquals(new BigDecimal("681381.00"), money.byCategory().get("INFRASTRUCTURE").assigned());
    }

    @Test
    void aLineTotalMakesPaidAndToPayUnknownWhereItCountsButNotElsewhere() {
        allocation("LOCAL_PROGRAMME", "TELECENTRI", "WORK", "30000.00", "30000.00", "0.00");
        money("LOCAL_PROGRAMME", "VOIP", "", Measure.ASSIGNED, "50000.00");
        money("LOCAL_PROGRAMME", "VOIP", "", Measure.ASSIGNED_PAYMENTS_UNKNOWN, "50000.00");
        money("LOCAL_PROGRAMME", "VOIP", "", Measure.ALLOCATIONS, "1");
        money("LOCAL_PROGRAMME", "VOIP", "", Measure.LINE_TOTALS, "1");

        MoneyTotals money = new CellSums(cells).moneyTotals();

        assertEquals(new BigDecimal("80000.00"), money.assigned());
        assertNull(money.paid(), "some assigned money has no known payments");
        assertNull(money.toPay());
        assertEquals(MoneyTotals.Basis.MIXED, money.basis());
        assertEquals(new BigDecimal("30000.00"), money.paymentsKnown().assigned());
        assertEquals(new BigDecimal("30000.00"), money.paymentsKnown().paid());
        assertEquals(new BigDecimal("30000.00"), money.byLine().get("TELECENTRI").paid(), "known on its own line");
        assertNull(money.byLine().get("VOIP").paid());
    }

    @Test
    void aPartWithNoCellIsNotKnownRatherThanZero() {
        CellSums none = new CellSums(List.of());
        assertNull(none.moneyTotals());
        assertNull(none.broadband());
        assertNull(none.cart());
        assertNull(none.paas());
        assertNull(none.rollout());
    }

    @Test
    void paasPointsCountAsActiveUnlessClosed() {
        cell(Family.PAAS, "", "", "OPEN", Measure.POINTS, "3");
        cell(Family.PAAS, "", "", "CLOSED", Measure.POINTS, "1");
        cell(Family.PAAS, "", "", "", Measure.REGISTERED_USERS, "718");

        PaasTotals paas = new CellSums(cells).paas();

        assertEquals(4, paas.points());
        assertEquals(3, paas.activePoints());
        assertEquals(Map.of("OPEN", 3L, "CLOSED", 1L), paas.pointsByStatus());
        assertEquals(718, paas.registeredUsers());
    }

    /** The Corte d'appello serves several communities and each reports its accesses: the office counts once. */
    @Test
    void aJusticeOfficeReportedByTwoCommunitiesCountsItsAccessesOnce() {
        cell(Family.ROLLOUT, "", "corte-d-appello", "", Measure.JUSTICE_OFFICES, "1");
        cell(Family.ROLLOUT, "", "corte-d-appello", "", Measure.JUSTICE_ACCESSES, "32492");
        cell(Family.ROLLOUT, "", "corte-d-appello", "", Measure.JUSTICE_ACCESSES, "32492");
        cell(Family.ROLLOUT, "", "tribunale-di-lucca", "", Measure.JUSTICE_ACCESSES, "1000");

        RolloutTotals rollout = new CellSums(cells).rollout();

        assertEquals(33492, rollout.justice().accesses());
        assertNull(rollout.voip(), "no VoIP cell: not known");
    }

    private void allocation(String section, String line, String category, String assigned, String paid, String toPay) {
        money(section, line, category, Measure.ASSIGNED, assigned);
        money(section, line, category, Measure.PAID, paid);
        money(section, line, category, Measure.TO_PAY, toPay);
        money(section, line, category, Measure.ALLOCATIONS, "1");
    }

    private void money(String section, String line, String category, Measure measure, String value) {
        cells.add(new CellValue(new Cell(MVS, Family.MONEY, section, "2007-2010", line, category, "", "", measure),
                new BigDecimal(value)));
    }

    private void cell(Family family, String section, String line, String status, Measure measure, String value) {
        cells.add(new CellValue(new Cell(MVS, family, section, "", line, "", "", status, measure), new BigDecimal(value)));
    }
}
