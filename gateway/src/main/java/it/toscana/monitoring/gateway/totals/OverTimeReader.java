package it.toscana.monitoring.gateway.totals;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import it.toscana.monitoring.gateway.projection.Measure;
import it.toscana.monitoring.gateway.totals.view.Filters;
import it.toscana.monitoring.gateway.totals.view.OverTime;
import it.toscana.monitoring.platform.problem.ProblemException;
import it.toscana.monitoring.platform.time.BusinessDate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * A money measure over business time, from the maintained cells per business day (or their changes
 * recorded by an instant) grouped by interval: the value at each interval's end and its change within it.
 * Paid and to pay are null from the first interval where some assigned money has no known payments.
 */
@ApplicationScoped
public class OverTimeReader {

    static final int MAX_POINTS = 1200;

    public enum Interval {
        MONTH, QUARTER, YEAR
    }

    /** The read: a community (null for the region), the measure and interval, the range and filters. */
    public record Request(String community, Measure measure, Interval interval, LocalDate from, LocalDate to,
            TotalsQuery filters) {
    }

    @Inject
    EntityManager entityManager;

    @Transactional
    public OverTime read(Request request) {
        TotalsQuery query = request.filters();
        TreeMap<LocalDate, BigDecimal[]> changes = changes(request);
        LocalDate to = start(request.to() == null ? LocalDate.now(BusinessDate.TUSCANY) : request.to(), request.interval());
        LocalDate first = changes.isEmpty() ? to : changes.firstKey();
        LocalDate from = start(request.from() == null ? first : request.from(), request.interval());
        if (from.isAfter(to)) {
            throw ProblemException.invalidField("from", "must not be after to");
        }
        long count = countPoints(from, to, request.interval());
        if (count > MAX_POINTS) {
            throw ProblemException.invalidField("interval", count + " points asked, at most " + MAX_POINTS
                    + ": narrow from/to or choose a longer interval");
        }
        BigDecimal value = BigDecimal.valueOf(0, 2);
        BigDecimal unknown = BigDecimal.ZERO;
        for (Map.Entry<LocalDate, BigDecimal[]> change : changes.entrySet()) {
            if (change.getKey().isBefore(from)) {
                value = value.add(change.getValue()[0]);
                unknown = unknown.add(change.getValue()[1]);
            }
        }
        boolean paymentsMeasure = request.measure() != Measure.ASSIGNED;
        List<OverTime.Point> points = new ArrayList<>();
        boolean everUnknown = false;
        for (LocalDate start = from; !start.isAfter(to); start = next(start, request.interval())) {
            BigDecimal[] inPeriod = changes.getOrDefault(start, new BigDecimal[] { BigDecimal.valueOf(0, 2), BigDecimal.ZERO });
            value = value.add(inPeriod[0]);
            unknown = unknown.add(inPeriod[1]);
            boolean known = !paymentsMeasure || unknown.signum() == 0;
            everUnknown |= !known;
            points.add(new OverTime.Point(label(start, request.interval()), start, next(start, request.interval()).minusDays(1),
                    known ? value : null, known ? inPeriod[0] : null));
        }
        Map<String, String> notKnown = everUnknown ? Map.of("points.value", "Payments are not known for some of the "
                + "money assigned by then: funding-line totals from a summary table (Table 1) print assigned amounts only.")
                : Map.of();
        return new OverTime(request.community(), name(request.measure()), request.interval().name().toLowerCase(), from, to,
                query.section() == null && query.period() == null ? null : new Filters(query.section(), query.period()),
                query.knownAt(), points, notKnown);
    }

    /** Per interval start: [change of the measure, change of the assigned money with unknown payments]. */
    private TreeMap<LocalDate, BigDecimal[]> changes(Request request) {
        TotalsQuery query = request.filters();
        StringBuilder sql = new StringBuilder("SELECT CAST(date_trunc('" + request.interval().name().toLowerCase()
                + "', effective_on) AS date), measure, sum(value) FROM "
                + (query.knownAt() == null ? "cell_day" : "cell_revision")
                + " WHERE family = 'MONEY' AND measure IN (:measure, 'ASSIGNED_PAYMENTS_UNKNOWN')");
        if (request.community() != null) {
            sql.append(" AND community_code = :community");
        }
        if (query.knownAt() != null) {
            sql.append(" AND recorded_at <= :knownAt");
        }
        if (query.section() != null) {
            sql.append(" AND section = :section");
        }
        if (query.period() != null) {
            sql.append(" AND period = :period");
        }
        Query select = entityManager.createNativeQuery(sql.append(" GROUP BY 1, 2").toString())
                .setParameter("measure", request.measure().name());
        TotalCells.bind(select, request.community(), null, query.knownAt());
        if (query.section() != null) {
            select.setParameter("section", query.section());
        }
        if (query.period() != null) {
            select.setParameter("period", query.period());
        }
        TreeMap<LocalDate, BigDecimal[]> changes = new TreeMap<>();
        for (Object row : select.getResultList()) {
            Object[] columns = (Object[]) row;
            LocalDate start = columns[0] instanceof Date date ? date.toLocalDate() : (LocalDate) columns[0];
            BigDecimal[] sums = changes.computeIfAbsent(start, key -> new BigDecimal[] { BigDecimal.valueOf(0, 2), BigDecimal.ZERO });
            int slot = Measure.ASSIGNED_PAYMENTS_UNKNOWN.name().equals(columns[1]) ? 1 : 0;
            sums[slot] = sums[slot].add((BigDecimal) columns[2]);
        }
        return changes;
    }

    static LocalDate start(LocalDate day, Interval interval) {
        return switch (interval) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withMonth((day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1).withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    private static LocalDate next(LocalDate start, Interval interval) {
        return switch (interval) {
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    private static long countPoints(LocalDate from, LocalDate to, Interval interval) {
        long months = (to.getYear() - from.getYear()) * 12L + to.getMonthValue() - from.getMonthValue();
        return switch (interval) {
            case MONTH -> months + 1;
            case QUARTER -> months / 3 + 1;
            case YEAR -> to.getYear() - from.getYear() + 1L;
        };
    }

    private static String label(LocalDate start, Interval interval) {
        return switch (interval) {
            case MONTH -> start.toString().substring(0, 7);
            case QUARTER -> start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    private static String name(Measure measure) {
        return switch (measure) {
            case PAID -> "paid";
            case TO_PAY -> "toPay";
            default -> "assigned";
        };
    }
}
