package it.toscana.monitoring.gateway.totals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import it.toscana.monitoring.events.deployment.ForeGovAdhesionState;
import it.toscana.monitoring.events.deployment.ServiceAdhesionState;
import it.toscana.monitoring.gateway.projection.Cell;
import it.toscana.monitoring.gateway.projection.Family;
import it.toscana.monitoring.gateway.projection.Measure;
import it.toscana.monitoring.gateway.totals.view.BroadbandTotals;
import it.toscana.monitoring.gateway.totals.view.CartTotals;
import it.toscana.monitoring.gateway.totals.view.Money;
import it.toscana.monitoring.gateway.totals.view.MoneyTotals;
import it.toscana.monitoring.gateway.totals.view.PaasTotals;
import it.toscana.monitoring.gateway.totals.view.RolloutTotals;

/**
 * Rolls total cells up into the figures of a response. A part with no cell at all is null (nothing of
 * that kind is recorded, so it is not known); money paid and to pay are null where some of the money
 * assigned has no known payments.
 */
final class CellSums {

    static final BigDecimal ZERO = BigDecimal.valueOf(0, 2);
    private static final String JOINED = ForeGovAdhesionState.Status.JOINED.name();
    private static final String EXPECTED = ForeGovAdhesionState.Status.EXPECTED.name();

    private final List<CellValue> cells;

    CellSums(List<CellValue> cells) {
        this.cells = cells;
    }

    CellSums filter(Predicate<Cell> keep) {
        return new CellSums(cells.stream().filter(value -> keep.test(value.cell())).toList());
    }

    CellSums family(Family family) {
        return filter(cell -> cell.family() == family);
    }

    /** Money cells (of either money family) of a section and period (either may be null for all); other families untouched. */
    CellSums money(String section, String period) {
        return filter(cell -> cell.family() != Family.MONEY && cell.family() != Family.MONEY_SHARE
                || (section == null || section.equals(cell.section())) && (period == null || period.equals(cell.period())));
    }

    boolean isEmpty() {
        return cells.isEmpty();
    }

    BigDecimal sum(Measure measure) {
        return cells.stream().filter(value -> value.cell().measure() == measure).map(CellValue::value)
                .reduce(ZERO, BigDecimal::add);
    }

    long count(Measure measure) {
        return sum(measure).longValue();
    }

    /** The MONEY cells' totals; null when no allocation counts here. */
    MoneyTotals moneyTotals() {
        CellSums money = family(Family.MONEY);
        long allocations = money.count(Measure.ALLOCATIONS);
        if (allocations == 0) {
            return null;
        }
        long lineTotals = money.count(Measure.LINE_TOTALS);
        Money total = money.money();
        MoneyTotals.Basis basis = lineTotals == 0 ? MoneyTotals.Basis.PROJECT_ROWS
                : lineTotals == allocations ? MoneyTotals.Basis.LINE_TOTALS : MoneyTotals.Basis.MIXED;
        BigDecimal unknown = money.sum(Measure.ASSIGNED_PAYMENTS_UNKNOWN);
        Money known = new Money(total.assigned().subtract(unknown), money.sum(Measure.PAID), money.sum(Measure.TO_PAY));
        return new MoneyTotals(total.assigned(), money.sum(Measure.COMMITTED), total.paid(), total.toPay(), allocations, lineTotals, basis, known,
                money.moneyBy(Cell::section), money.moneyBy(Cell::line), money.moneyBy(Cell::category));
    }

    /** Assigned, paid and to pay of these money cells; paid and to pay null where payments are not known. */
    Money money() {
        boolean paymentsKnown = sum(Measure.ASSIGNED_PAYMENTS_UNKNOWN).signum() == 0;
        return new Money(sum(Measure.ASSIGNED), paymentsKnown ? sum(Measure.PAID) : null,
                paymentsKnown ? sum(Measure.TO_PAY) : null);
    }

    BroadbandTotals broadband() {
        CellSums broadband = family(Family.BROADBAND);
        if (broadband.isEmpty()) {
            return null;
        }
        return new BroadbandTotals(broadband.count(Measure.MUNICIPALITIES),
                broadband.count(Measure.CONNECTED_TO_REGIONAL_NETWORK),
                broadband.filter(cell -> !cell.status().isEmpty()).countBy(Cell::status, Measure.MUNICIPALITIES),
                broadband.count(Measure.UNSERVABLE_USERS));
    }

    CartTotals cart() {
        CellSums cart = family(Family.CART);
        if (cart.isEmpty()) {
            return null;
        }
        return new CartTotals(cart.count(Measure.NAL_HOSTED), cart.count(Measure.NAL_USERS),
                cart.filter(cell -> !cell.status().isEmpty() && !"NAL".equals(cell.status()))
                        .countBy(Cell::status, Measure.INTERPRO_ENTITIES),
                cart.count(Measure.INTERPRO_MESSAGES));
    }

    PaasTotals paas() {
        CellSums paas = family(Family.PAAS);
        if (paas.count(Measure.POINTS) == 0) {
            return null;
        }
        Map<String, Long> byStatus = paas.filter(cell -> !cell.status().isEmpty()).countBy(Cell::status, Measure.POINTS);
        long closed = byStatus.getOrDefault("CLOSED", 0L);
        return new PaasTotals(paas.count(Measure.POINTS), paas.count(Measure.POINTS) - closed, byStatus,
                paas.count(Measure.REGISTERED_USERS), paas.count(Measure.ACCESSES), paas.count(Measure.PARTIAL_POINTS) > 0);
    }

    RolloutTotals rollout() {
        CellSums rollout = family(Family.ROLLOUT);
        if (rollout.isEmpty()) {
            return null;
        }
        long telecentres = rollout.count(Measure.TELECENTRES);
        long voip = rollout.count(Measure.VOIP_INSTALLATIONS);
        long foreGov = rollout.count(Measure.FORE_GOV_ADHESIONS);
        long justice = rollout.count(Measure.JUSTICE_OFFICES);
        long adhered = rollout.count(Measure.SERVICE_ADHESIONS);
        return new RolloutTotals(
                telecentres == 0 ? null : new RolloutTotals.Telecentres(telecentres, rollout.count(Measure.WORKSTATIONS),
                        rollout.count(Measure.TEACHER_WORKSTATIONS), rollout.count(Measure.JOBS_CREATED),
                        rollout.count(Measure.JOBS_TARGET)),
                voip == 0 ? null : new RolloutTotals.Voip(voip, rollout.count(Measure.SWITCHBOARDS),
                        rollout.count(Measure.TERMINALS)),
                foreGov == 0 ? null : rollout.foreGov(),
                justice == 0 ? null : new RolloutTotals.Justice(justice, rollout.count(Measure.ACTIVE_JUSTICE_OFFICES),
                        rollout.justiceAccessesPerOffice()),
                adhered == 0 ? null : new RolloutTotals.ServiceAdhesions(rollout.adhesions(ServiceAdhesionState.Service.START),
                        rollout.adhesions(ServiceAdhesionState.Service.SUAP), rollout.adhesions(ServiceAdhesionState.Service.URP)));
    }

    private RolloutTotals.AdhesionCounts adhesions(ServiceAdhesionState.Service service) {
        CellSums of = filter(cell -> cell.line().equals(service.name()));
        long entities = of.count(Measure.SERVICE_ADHESIONS);
        return entities == 0 ? null : new RolloutTotals.AdhesionCounts(entities,
                of.filter(cell -> !cell.status().isEmpty()).countBy(Cell::status, Measure.SERVICE_ADHESIONS),
                of.count(Measure.SERVICE_STAFF_TRAINED));
    }

    /** Joined adhesions count as joined and trained; expected ones only as expected. */
    private RolloutTotals.ForeGov foreGov() {
        CellSums joined = filter(cell -> JOINED.equals(cell.status()));
        CellSums expected = filter(cell -> EXPECTED.equals(cell.status()));
        return new RolloutTotals.ForeGov(joined.count(Measure.FORE_GOV_ADHESIONS), joined.count(Measure.MANAGERS_TRAINED),
                joined.count(Measure.EMPLOYEES_TRAINED), expected.count(Measure.FORE_GOV_ADHESIONS),
                expected.count(Measure.EMPLOYEES_TRAINED));
    }

    /**
     * Accesses to the online registry, each office once: an office serving several communities (the Corte
     * d'appello) is reported by each, with the same figure; the largest one counts.
     */
    private long justiceAccessesPerOffice() {
        return family(Family.ROLLOUT).filter(cell -> cell.measure() == Measure.JUSTICE_ACCESSES).cells.stream()
                .collect(Collectors.groupingBy(value -> value.cell().line(),
                        Collectors.reducing(ZERO, CellValue::value, BigDecimal::max)))
                .values().stream().mapToLong(BigDecimal::longValue).sum();
    }

    <K> Map<K, CellSums> groupBy(Function<Cell, K> key) {
        return cells.stream().collect(Collectors.groupingBy(value -> key.apply(value.cell()), TreeMap::new,
                Collectors.collectingAndThen(Collectors.toList(), CellSums::new)));
    }

    List<CellValue> cells() {
        return cells;
    }

    private Map<String, Money> moneyBy(Function<Cell, String> dimension) {
        Map<String, Money> result = new TreeMap<>();
        filter(cell -> !dimension.apply(cell).isEmpty()).groupBy(dimension)
                .forEach((key, group) -> result.put(key, group.money()));
        return result;
    }

    private Map<String, Long> countBy(Function<Cell, String> dimension, Measure measure) {
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
