package it.toscana.monitoring.gateway.totals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import it.toscana.monitoring.gateway.projection.Cell;
import it.toscana.monitoring.gateway.totals.Totals.BroadbandTotals;
import it.toscana.monitoring.gateway.totals.Totals.CartTotals;
import it.toscana.monitoring.gateway.totals.Totals.Money;
import it.toscana.monitoring.gateway.totals.Totals.MoneyTotals;
import it.toscana.monitoring.gateway.totals.Totals.PaasTotals;

/** Rolls total cells up into the figures of the response. */
final class CellSums {

    private static final BigDecimal ZERO = BigDecimal.valueOf(0, 2);

    private final List<Cell> cells;

    CellSums(List<Cell> cells) {
        this.cells = cells;
    }

    CellSums filter(Predicate<Cell> keep) {
        return new CellSums(cells.stream().filter(keep).toList());
    }

    /** Money cells of a section and period (either may be null for all); other families untouched. */
    CellSums money(String section, String period) {
        return filter(cell -> !Cell.MONEY.equals(cell.family())
                || (section == null || section.equals(cell.section())) && (period == null || period.equals(cell.period())));
    }

    MoneyTotals moneyTotals() {
        CellSums money = family(Cell.MONEY);
        return new MoneyTotals(money.sum("assigned"), money.sum("paid"), money.sum("toPay"),
                money.sum("allocations").longValue(), money.moneyBy(Cell::section), money.moneyBy(Cell::line),
                money.moneyBy(Cell::category));
    }

    Money money() {
        CellSums money = family(Cell.MONEY);
        return new Money(money.sum("assigned"), money.sum("paid"), money.sum("toPay"));
    }

    BroadbandTotals broadband() {
        CellSums broadband = family(Cell.BROADBAND);
        return new BroadbandTotals(broadband.count("municipalities"), broadband.count("connectedToRegionalNetwork"),
                broadband.filter(cell -> !cell.status().isEmpty()).countBy(Cell::status, "municipalities"),
                broadband.count("unservableUsers"));
    }

    CartTotals cart() {
        CellSums cart = family(Cell.CART);
        return new CartTotals(cart.count("nalHosted"), cart.count("nalUsers"),
                cart.filter(cell -> !cell.status().isEmpty()).countBy(Cell::status, "interProEntities"),
                cart.count("interProMessages"));
    }

    PaasTotals paas() {
        CellSums paas = family(Cell.PAAS);
        return new PaasTotals(paas.count("points"), paas.countBy(Cell::status, "points"), paas.count("registeredUsers"),
                paas.count("accesses"), paas.count("partialPoints") > 0);
    }

    <K> Map<K, CellSums> groupBy(Function<Cell, K> key) {
        return cells.stream().collect(Collectors.groupingBy(key, TreeMap::new,
                Collectors.collectingAndThen(Collectors.toList(), CellSums::new)));
    }

    CellSums family(String family) {
        return filter(cell -> family.equals(cell.family()));
    }

    BigDecimal sum(String measure) {
        return cells.stream().filter(cell -> measure.equals(cell.measure())).map(Cell::value)
                .reduce(ZERO, BigDecimal::add);
    }

    long count(String measure) {
        return sum(measure).longValue();
    }

    private Map<String, Money> moneyBy(Function<Cell, String> dimension) {
        Map<String, Money> result = new TreeMap<>();
        filter(cell -> !dimension.apply(cell).isEmpty()).groupBy(dimension)
                .forEach((key, group) -> result.put(key, group.money()));
        return result;
    }

    private Map<String, Long> countBy(Function<Cell, String> dimension, String measure) {
        Map<String, Long> result = new TreeMap<>();
        groupBy(dimension).forEach((key, group) -> {
            long count = group.count(measure);
            if (count != 0) {
                result.put(key, count);
            }
        });
        return result;
    }
}
