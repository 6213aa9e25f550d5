package it.toscana.monitoring.gateway.totals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import it.toscana.monitoring.gateway.projection.Cell;
import it.toscana.monitoring.gateway.projection.Family;
import it.toscana.monitoring.events.funding.AllocationStateV2.ShareRule;
import it.toscana.monitoring.gateway.totals.view.Breakdown;

/**
 * The drill-downs of a totals read. By line or category: the money cells. By municipality or province:
 * the money as split over municipalities by each allocation's share rule (exact to the cent, each split
 * adding up to its amount, so the slices partition the total), with PAAS and broadband per municipality.
 */
final class Breakdowns {

    private static final Set<String> ESTIMATED = Set.of(ShareRule.EQUAL.name(), ShareRule.POPULATION.name());
    private static final String NOT_ATTRIBUTABLE = "not attributable to a municipality";

    private Breakdowns() {
    }

    /**
     * @param filtered the cells of the read, money filtered by section and period
     * @param names a municipality's name by ISTAT code; @param provinces its province
     */
    static List<Breakdown> of(TotalsQuery.Dimension by, CellSums filtered, Map<String, String> names,
            Map<String, String> provinces) {
        return switch (by) {
            case LINE -> money(filtered, Cell::line);
            case CATEGORY -> money(filtered, Cell::category);
            case MUNICIPALITY -> places(filtered, Cell::istatCode,
                    key -> key.isEmpty() ? NOT_ATTRIBUTABLE : names.get(key));
            case PROVINCE -> places(filtered, cell -> cell.istatCode().isEmpty() ? "" : provinces.getOrDefault(cell.istatCode(), ""),
                    key -> key.isEmpty() ? NOT_ATTRIBUTABLE + " or a province" : null);
        };
    }

    private static List<Breakdown> money(CellSums filtered, Function<Cell, String> dimension) {
        return filtered.family(Family.MONEY).filter(cell -> !dimension.apply(cell).isEmpty()).groupBy(dimension)
                .entrySet().stream()
                .map(e -> new Breakdown(e.getKey(), null, e.getValue().money(), null, null, null, null, true))
                .toList();
    }

    private static List<Breakdown> places(CellSums filtered, Function<Cell, String> place, Function<String, String> name) {
        CellSums located = filtered.filter(cell -> cell.family() == Family.MONEY_SHARE
                || !cell.istatCode().isEmpty() && (cell.family() == Family.PAAS || cell.family() == Family.BROADBAND));
        return located.groupBy(place).entrySet().stream().map(e -> {
            CellSums shares = e.getValue().family(Family.MONEY_SHARE);
            Set<String> rules = new TreeSet<>();
            shares.cells().stream().filter(value -> value.value().signum() != 0)
                    .forEach(value -> rules.add(value.cell().status()));
            return new Breakdown(e.getKey(), name.apply(e.getKey()), shares.isEmpty() ? null : shares.money(),
                    shares.isEmpty() ? null : rules.stream().anyMatch(ESTIMATED::contains),
                    shares.isEmpty() ? null : String.join(",", rules), e.getValue().paas(), e.getValue().broadband(), true);
        }).toList();
    }
}
