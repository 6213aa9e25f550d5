package it.toscana.monitoring.gateway.totals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import it.toscana.monitoring.gateway.projection.DeclaredTotal;
import it.toscana.monitoring.gateway.totals.Totals.MoneyTotals;
import it.toscana.monitoring.gateway.totals.Totals.Reconciliation;

/**
 * Sets every declared (printed) total beside the figure computed from the rows, and flags each
 * difference with both sources, instead of hiding it.
 */
final class Reconciler {

    private static final String LOCAL_PROGRAMME = "LOCAL_PROGRAMME";
    private static final String TERRITORIAL_IMPACT = "TERRITORIAL_IMPACT";
    private static final String GRAND_TOTAL = "GRAND_TOTAL";
    private static final String TABLE1 = "TABLE1";
    private static final String TABLE2_ROWS = "allocations of section LOCAL_PROGRAMME (Table 2 rows)";
    private static final String TABLE3_ROWS = "allocations of section TERRITORIAL_IMPACT (Table 3 rows)";
    private static final String ALL_ROWS = "all allocations (Table 2 + Table 3 rows)";

    private Reconciler() {
    }

    /** @param money the community's unfiltered money totals */
    static List<Reconciliation> community(List<DeclaredTotal> declared, MoneyTotals money) {
        Totals.Money localProgramme = money.bySection().get(LOCAL_PROGRAMME);
        Totals.Money territorialImpact = money.bySection().get(TERRITORIAL_IMPACT);
        BigDecimal table1Lines = declared.stream()
                .filter(d -> TABLE1.equals(d.scope) && d.fundingLineCode != null)
                .map(d -> d.amount).reduce(BigDecimal::add).orElse(null);
        List<Reconciliation> result = new ArrayList<>();
        for (DeclaredTotal d : declared) {
            List<Reconciliation> comparisons = switch (d.scope) {
                case LOCAL_PROGRAMME -> Arrays.asList(compare(d, assigned(localProgramme), TABLE2_ROWS));
                case TERRITORIAL_IMPACT -> Arrays.asList(compare(d, assigned(territorialImpact), TABLE3_ROWS));
                case GRAND_TOTAL -> Arrays.asList(compare(d, money.allocations() == 0 ? null : money.assigned(), ALL_ROWS));
                case TABLE1 -> d.fundingLineCode == null
                        ? Arrays.asList(compare(d, assigned(localProgramme), TABLE2_ROWS),
                                compare(d, table1Lines, "declared Table 1 cells of this community"))
                        : Arrays.asList(compare(d, localProgramme == null ? null : lineAssigned(money, d.fundingLineCode),
                                "allocations of section LOCAL_PROGRAMME on line " + d.fundingLineCode));
                // SCHEDA: a page's headline names no table or row to compute it from; shown as declared only.
                default -> List.of();
            };
            addOrDeclareOnly(result, d, comparisons);
        }
        return result;
    }

    /** The region's printed Table 1 totals against the sum of the communities' printed rows. */
    static List<Reconciliation> region(List<DeclaredTotal> declared, List<DeclaredTotal> communityTable1Cells) {
        Map<String, BigDecimal> byLine = communityTable1Cells.stream()
                .filter(d -> d.fundingLineCode != null)
                .collect(Collectors.toMap(d -> d.fundingLineCode, d -> d.amount, BigDecimal::add));
        BigDecimal rowTotals = communityTable1Cells.stream().filter(d -> d.fundingLineCode == null)
                .map(d -> d.amount).reduce(BigDecimal::add).orElse(null);
        List<Reconciliation> result = new ArrayList<>();
        for (DeclaredTotal d : declared) {
            Reconciliation comparison = !TABLE1.equals(d.scope) ? null
                    : d.fundingLineCode == null
                            ? compare(d, rowTotals, "sum of the communities' declared Table 1 totals")
                            : compare(d, byLine.get(d.fundingLineCode),
                                    "sum of the communities' declared Table 1 cells on line " + d.fundingLineCode);
            addOrDeclareOnly(result, d, Arrays.asList(comparison));
        }
        return result;
    }

    /** A declared figure with nothing computed to compare is still shown, unflagged. */
    private static void addOrDeclareOnly(List<Reconciliation> result, DeclaredTotal d, List<Reconciliation> comparisons) {
        List<Reconciliation> made = comparisons.stream().filter(Objects::nonNull).toList();
        result.addAll(made.isEmpty()
                ? List.of(new Reconciliation(d.scope, d.fundingLineCode, d.label, d.amount, null, null, false, source(d), null, d.note))
                : made);
    }

    private static BigDecimal lineAssigned(MoneyTotals money, String line) {
        Totals.Money onLine = money.byLine().get(line);
        return onLine == null ? BigDecimal.valueOf(0, 2) : onLine.assigned();
    }

    private static Totals.Source source(DeclaredTotal d) {
        return new Totals.Source(d.sourceDocument, d.sourceLocation);
    }

    private static BigDecimal assigned(Totals.Money money) {
        return money == null ? null : money.assigned();
    }

    /** Null when nothing computed can stand beside the declared figure. */
    private static Reconciliation compare(DeclaredTotal d, BigDecimal computed, String computedFrom) {
        if (computed == null) {
            return null;
        }
        BigDecimal difference = d.amount.subtract(computed);
        return new Reconciliation(d.scope, d.fundingLineCode, d.label, d.amount, computed, difference, difference.signum() != 0,
                source(d), computedFrom, d.note);
    }
}
