package it.toscana.monitoring.gateway.totals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import it.toscana.monitoring.gateway.projection.DeclaredFigure;
import it.toscana.monitoring.gateway.totals.view.Money;
import it.toscana.monitoring.gateway.totals.view.MoneyTotals;
import it.toscana.monitoring.gateway.totals.view.Reconciliation;
import it.toscana.monitoring.gateway.totals.view.Reconciliation.Explanation;

/** The reconciliation rules alone: declared figures beside computed money, no broker and no database. */
class ReconcilerTest {

    private static final String MVS = "media-valle-del-serchio";
    private static final String CMET = "colline-metallifere";

    @Test
    void aCommunitysDeclaredSectionTotalsStandBesideItsRowsWithTheDifferenceFlagged() {
        MoneyTotals money = money("1111465.10", Map.of("LOCAL_PROGRAMME", "430084.10", "TERRITORIAL_IMPACT", "681381.00"),
                Map.of("TELECENTRI", "30000.00"));
        List<Reconciliation> reconciled = Reconciler.community(List.of(
                declared(MVS, "LOCAL_PROGRAMME", null, "430084.10"),
                declared(MVS, "TERRITORIAL_IMPACT", null, "681381.10"),
                declared(MVS, "GRAND_TOTAL", null, "1111465.10")), money);

        assertEquals(3, reconciled.size());
        assertFalse(reconciled.get(0).flagged());
        assertEquals(new BigDecimal("0.00"), reconciled.get(0).difference());
        assertTrue(reconciled.get(1).flagged(), "a printed total 0.10 above its rows is flagged");
        assertEquals(new BigDecimal("0.10"), reconciled.get(1).difference());
        assertEquals(new BigDecimal("681381.00"), reconciled.get(1).computed());
        assertFalse(reconciled.get(2).flagged());
    }

    @Test
    void aTable1TotalIsComparedWithTheRowsAndWithTheCommunitysOwnCellsAndACellWithItsLine() {
        MoneyTotals money = money("430084.10", Map.of("LOCAL_PROGRAMME", "430084.10"), Map.of("TELECENTRI", "30000.00"));
        List<Reconciliation> reconciled = Reconciler.community(List.of(
                declared(MVS, "TABLE1", null, "614084.10"),
                declared(MVS, "TABLE1", "TELECENTRI", "30000.00"),
                declared(MVS, "TABLE1", "VOIP", "584084.10")), money);

        assertEquals(4, reconciled.size(), "the total twice (rows, cells), then one per cell");
        assertEquals(new BigDecimal("184000.00"), reconciled.get(0).difference(), "printed total against the rows");
        assertEquals(new BigDecimal("0.00"), reconciled.get(1).difference(), "printed total against its printed cells");
        assertFalse(reconciled.get(2).flagged(), "TELECENTRI cell equals its line's allocations");
        assertEquals(new BigDecimal("584084.10"), reconciled.get(3).difference(), "no allocation on VOIP: all of it differs");
    }

    @Test
    void aFigureWithNothingComputedBesideItIsShownDeclaredOnlyAndUnflagged() {
        List<Reconciliation> reconciled = Reconciler.community(List.of(
                declared(MVS, "LOCAL_PROGRAMME", null, "430084.10"),
                declared(MVS, "SCHEDA", null, "66000.00")), null);

        assertEquals(2, reconciled.size());
        for (Reconciliation shown : reconciled) {
            assertNull(shown.computed());
            assertNull(shown.difference());
            assertFalse(shown.flagged());
        }
        assertEquals("2009-09-19", reconciled.get(1).declaredSource().documentDate().toString());
    }

    /** The booklets' region: printed 5,716,583.97 against rows that differ by community, and the -9.90 of the print itself. */
    @Test
    void theRegionsDifferenceIsExplainedPartByPartAndWhatIsLeftIsSaid() {
        Map<String, BigDecimal> localProgramme = new LinkedHashMap<>();
        localProgramme.put(MVS, new BigDecimal("430084.10"));
        localProgramme.put(CMET, new BigDecimal("300000.00"));
        localProgramme.put("not-in-table-1", new BigDecimal("1000.00"));
        List<DeclaredFigure> rows = List.of(declared(MVS, "TABLE1", null, "614084.10"), declared(CMET, "TABLE1", null, "240000.10"));

        List<Reconciliation> reconciled = Reconciler.region(List.of(declared(null, "TABLE1", null, "854074.30")), rows,
                List.of(), localProgramme);

        assertEquals(2, reconciled.size());
        assertEquals(new BigDecimal("-9.90"), reconciled.get(0).difference(), "printed total against its printed rows");
        Reconciliation againstAllocations = reconciled.get(1);
        assertTrue(againstAllocations.flagged());
        assertEquals(new BigDecimal("122990.20"), againstAllocations.difference());
        List<Explanation> parts = againstAllocations.explainedBy();
        assertEquals(List.of("-9.90", "184000.00", "-59999.90", "-1000.00"),
                parts.stream().map(part -> part.difference().toPlainString()).toList());
        assertEquals(againstAllocations.difference(), parts.stream().map(Explanation::difference).reduce(BigDecimal::add)
                .orElseThrow(), "the parts add up to the whole difference: nothing is left unexplained");
    }

    private static DeclaredFigure declared(String community, String scope, String line, String amount) {
        return new DeclaredFigure(null, community, scope, null, line, new BigDecimal(amount), LocalDate.of(2009, 9, 19),
                "DOCUMENT_DATE", "000_740a832bca25e879.txt", "Tabella 1", null);
    }

    private static MoneyTotals money(String assigned, Map<String, String> bySection, Map<String, String> byLine) {
        return new MoneyTotals(new BigDecimal(assigned), BigDecimal.ZERO, null, null, 1, 0, MoneyTotals.Basis.PROJECT_ROWS,
                null, amounts(bySection), amounts(byLine), Map.of());
    }

    private static Map<String, Money> amounts(Map<String, String> assigned) {
        Map<String, Money> amounts = new LinkedHashMap<>();
        assigned.forEach((key, amount) -> amounts.put(key, new Money(new BigDecimal(amount), null, null)));
        return amounts;
    }
}
