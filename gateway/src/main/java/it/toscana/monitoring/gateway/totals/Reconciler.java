package it.toscana.monitoring.gateway.totals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import it.toscana.monitoring.gateway.projection.DeclaredFigure;
import it.toscana.monitoring.gateway.totals.view.Money;
import it.toscana.monitoring.gateway.totals.view.MoneyTotals;
import it.toscana.monitoring.gateway.totals.view.Reconciliation;
import it.toscana.monitoring.gateway.totals.view.Reconciliation.Explanation;

/**
 * Sets every declared (printed) total beside the figure computed from the rows, and flags each
 * difference with both sources, instead of hiding it.
 */
final class Reconciler {

    static final String LOCAL_PROGRAMME = "LOCAL_PROGRAMME";
    private static final String TERRITORIAL_IMPACT = "TERRITORIAL_IMPACT";
    private static final String GRAND_TOTAL = "GRAND_TOTAL";
    private static final String TABLE1 = "TABLE1";
    private static final String TABLE2_ROWS = "allocations of section LOCAL_PROGRAMME (Table 2 rows, or Table 1 lines)";
    private static final String TABLE3_ROWS = "allocations of section TERRITORIAL_IMPACT (Table 3 rows)";
    private static final String ALL_ROWS = "all allocations (Table 2 + Table 3 rows)";

    private Reconciler() {
    }

    /** @param money the community's unfiltered money totals, null when it has none */
    static List<Reconciliation> community(List<DeclaredFigure> declared, MoneyTotals money) {
        BigDecimal localProgramme = localProgramme(money);
        BigDecimal territorialImpact = assigned(money, TERRITORIAL_IMPACT);
        BigDecimal table1Lines = declared.stream()
                .filter(d -> TABLE1.equals(d.scope()) && d.fundingLineCode() != null)
                .map(DeclaredFigure::amount).reduce(BigDecimal::add).orElse(null);
        List<Reconciliation> result = new ArrayList<>();
        for (DeclaredFigure d : declared) {
            List<Reconciliation> comparisons = switch (d.scope()) {
                case LOCAL_PROGRAMME -> Arrays.asList(compare(d, localProgramme, TABLE2_ROWS));
                case TERRITORIAL_IMPACT -> Arrays.asList(compare(d, territorialImpact, TABLE3_ROWS));
                case GRAND_TOTAL -> Arrays.asList(compare(d, money == null ? null : money.assigned(), ALL_ROWS));
                case TABLE1 -> d.fundingLineCode() == null
                        ? Arrays.asList(compare(d, localProgramme, TABLE2_ROWS),
                                compare(d, table1Lines, "declared Table 1 cells of this community"))
                        : Arrays.asList(compare(d, localProgramme == null ? null : lineAssigned(money, d.fundingLineCode()),
                                "allocations of section LOCAL_PROGRAMME on line " + d.fundingLineCode()));
                // SCHEDA: a page's headline names no table or row to compute it from; shown as declared only.
                default -> List.of();
            };
            addOrDeclareOnly(result, d, comparisons);
        }
        return result;
    }

    /**
     * The region's printed Table 1 totals against the sum of the communities' printed rows, and the
     * printed grand total against the local-programme money computed from every community's rows, with the
     * difference explained part by part: each community whose rows differ from its Table 1 figure, and the
     * gap between the printed total and the sum of the printed rows.
     *
     * @param localProgrammeByCommunity each community's computed local-programme money
     */
    static List<Reconciliation> region(List<DeclaredFigure> declared, List<DeclaredFigure> communityTable1Totals,
            List<DeclaredFigure> communityTable1Cells, Map<String, BigDecimal> localProgrammeByCommunity) {
        Map<String, BigDecimal> byLine = communityTable1Cells.stream()
                .collect(Collectors.toMap(DeclaredFigure::fundingLineCode, DeclaredFigure::amount, BigDecimal::add));
        BigDecimal rowTotals = communityTable1Totals.stream().map(DeclaredFigure::amount).reduce(BigDecimal::add)
                .orElse(null);
        BigDecimal computed = localProgrammeByCommunity.values().stream().reduce(BigDecimal::add).orElse(null);
        List<Reconciliation> result = new ArrayList<>();
        for (DeclaredFigure d : declared) {
            List<Reconciliation> comparisons = !TABLE1.equals(d.scope()) ? List.of()
                    : d.fundingLineCode() != null
                            ? Arrays.asList(compare(d, byLine.get(d.fundingLineCode()),
                                    "sum of the communities' declared Table 1 cells on line " + d.fundingLineCode()))
                            : Arrays.asList(compare(d, rowTotals, "sum of the communities' declared Table 1 totals"),
                                    explained(compare(d, computed, "allocations of section LOCAL_PROGRAMME of every "
                                            + "community (Table 2 rows, or Table 1 lines where no booklet gives rows)"),
                                            d, rowTotals, communityTable1Totals, localProgrammeByCommunity));
            addOrDeclareOnly(result, d, comparisons);
        }
        return result;
    }

    /** The computed territorial-impact money of a community's totals, null when it has none. */
    static BigDecimal territorialImpact(MoneyTotals money) {
        return assigned(money, TERRITORIAL_IMPACT);
    }

    /** The computed local-programme money of a community's totals, null when it has none. */
    static BigDecimal localProgramme(MoneyTotals money) {
        return assigned(money, LOCAL_PROGRAMME);
    }

    private static Reconciliation explained(Reconciliation comparison, DeclaredFigure printedTotal, BigDecimal rowTotals,
            List<DeclaredFigure> communityTable1Totals, Map<String, BigDecimal> localProgrammeByCommunity) {
        if (comparison == null || !comparison.flagged()) {
            return comparison;
        }
        List<Explanation> parts = new ArrayList<>();
        BigDecimal explained = BigDecimal.valueOf(0, 2);
        if (rowTotals != null && printedTotal.amount().compareTo(rowTotals) != 0) {
            BigDecimal gap = printedTotal.amount().subtract(rowTotals);
            parts.add(new Explanation(null, "the printed total against the sum of its printed community totals", gap));
            explained = explained.add(gap);
        }
        for (DeclaredFigure row : communityTable1Totals) {
            BigDecimal computed = localProgrammeByCommunity.getOrDefault(row.communityCode(), BigDecimal.valueOf(0, 2));
            BigDecimal gap = row.amount().subtract(computed);
            if (gap.signum() != 0) {
                parts.add(new Explanation(row.communityCode(), "its printed Table 1 total against its rows", gap));
                explained = explained.add(gap);
            }
        }
        for (Map.Entry<String, BigDecimal> other : localProgrammeByCommunity.entrySet()) {
            boolean printed = communityTable1Totals.stream().anyMatch(row -> other.getKey().equals(row.communityCode()));
            if (!printed && other.getValue().signum() != 0) {
                parts.add(new Explanation(other.getKey(), "rows of a community Table 1 does not print",
                        other.getValue().negate()));
                explained = explained.add(other.getValue().negate());
            }
        }
        BigDecimal unexplained = comparison.difference().subtract(explained);
        if (unexplained.signum() != 0) {
            parts.add(new Explanation(null, "not explained", unexplained));
        }
        return new Reconciliation(comparison.scope(), comparison.fundingLine(), comparison.label(), comparison.declared(),
                comparison.computed(), comparison.difference(), true, comparison.declaredSource(),
                comparison.computedFrom(), comparison.note(), parts);
    }

    /** A declared figure with nothing computed to compare is still shown, unflagged. */
    private static void addOrDeclareOnly(List<Reconciliation> result, DeclaredFigure d, List<Reconciliation> comparisons) {
        List<Reconciliation> made = comparisons.stream().filter(Objects::nonNull).toList();
        result.addAll(made.isEmpty()
                ? List.of(new Reconciliation(d.scope(), d.fundingLineCode(), d.label(), d.amount(), null, null, false,
                        source(d), null, d.note(), null))
                : made);
    }

    private static BigDecimal lineAssigned(MoneyTotals money, String line) {
        Money onLine = money.byLine().get(line);
        return onLine == null ? BigDecimal.valueOf(0, 2) : onLine.assigned();
    }

    private static BigDecimal assigned(MoneyTotals money, String section) {
        Money inSection = money == null ? null : money.bySection().get(section);
        return inSection == null ? null : inSection.assigned();
    }

    private static Reconciliation.Source source(DeclaredFigure d) {
        return new Reconciliation.Source(d.sourceDocument(), d.sourceLocation(), d.documentDate(), d.documentDateSource());
    }

    /** Null when nothing computed can stand beside the declared figure. */
    private static Reconciliation compare(DeclaredFigure d, BigDecimal computed, String computedFrom) {
        if (computed == null) {
            return null;
        }
        BigDecimal difference = d.amount().subtract(computed);
        return new Reconciliation(d.scope(), d.fundingLineCode(), d.label(), d.amount(), computed, difference,
                difference.signum() != 0, source(d), computedFrom, d.note(), null);
    }
}
