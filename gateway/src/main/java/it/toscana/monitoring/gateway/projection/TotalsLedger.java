package it.toscana.monitoring.gateway.projection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Keeps the total cells equal to the sum of every aggregate's current segments, on both time axes, one
 * batch of events at a time. For each event it compares the aggregate's segments before and after, and
 * nets the difference in memory: per cell (the current totals), per cell and business day, and per cell,
 * business day and recording second. {@link #flush} writes the netted changes and the new segments in the
 * consumer's transaction, after the dedupe check, so a batch of N versions of one aggregate costs one
 * write per cell touched, not N.
 */
@ApplicationScoped
public class TotalsLedger {

    /** A source aggregate: its type (e.g. {@code …funding.allocation}) and id. */
    public record AggregateKey(String type, String id) {
    }

    /** What one version did: the communities whose totals changed, and the latest business day it moved (or null). */
    public record Applied(Set<String> communities, LocalDate businessDay) {
    }

    record DayKey(Cell cell, LocalDate day) {
    }

    record RevisionKey(Cell cell, LocalDate day, Instant recordedAt) {
    }

    @Inject
    LedgerStore store;

    // Only the consumer's thread touches these: filled while a batch applies, written and cleared by flush().
    private final Map<AggregateKey, List<Segment>> segments = new HashMap<>();
    private final Set<AggregateKey> changed = new LinkedHashSet<>();
    private final Map<Cell, BigDecimal> totals = new HashMap<>();
    private final Map<DayKey, BigDecimal> days = new HashMap<>();
    private final Map<RevisionKey, BigDecimal> revisions = new HashMap<>();
    private final Map<String, Instant> activity = new HashMap<>();

    /** Starts a batch: forgets anything left by a failed one, reads the segments of its aggregates at once. */
    public void prepare(Collection<AggregateKey> aggregates) {
        clear();
        Map<AggregateKey, List<Segment>> found = store.segments(aggregates);
        // an aggregate the store does not hold is new: known to have no segments, so apply() asks nothing more
        aggregates.forEach(aggregate -> segments.put(aggregate, found.getOrDefault(aggregate, List.of())));
    }

    /**
     * Applies one version of an aggregate, recorded at {@code recordedAt}.
     *
     * @return the communities whose totals changed and the latest business day it moved
     */
    public Applied apply(AggregateKey aggregate, Instant recordedAt, Contribution next) {
        List<Segment> before = segments.computeIfAbsent(aggregate, key -> store.segments(List.of(key)).getOrDefault(key, List.of()));
        List<Segment> after = next.after(before);
        Instant second = ceilToSecond(recordedAt);
        Set<String> touched = new LinkedHashSet<>();
        for (Segment segment : before) {
            add(segment, segment.value().negate(), second);
            touched.add(segment.cell().community());
        }
        for (Segment segment : after) {
            add(segment, segment.value(), second);
            touched.add(segment.cell().community());
        }
        segments.put(aggregate, List.copyOf(after));
        changed.add(aggregate);
        touched.forEach(community -> activity.merge(community, recordedAt, (a, b) -> a.isAfter(b) ? a : b));
        return new Applied(touched, latestDayMoved(before, after));
    }

    /** The latest business day of a segment that is in one list and not the other: where the change moved figures. */
    private static LocalDate latestDayMoved(List<Segment> before, List<Segment> after) {
        Set<Segment> moved = new HashSet<>(before);
        moved.addAll(after);
        moved.removeIf(segment -> before.contains(segment) && after.contains(segment));
        return moved.stream().flatMap(segment -> Stream.of(segment.from(), segment.to())).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
    }

    /** Writes what the batch changed; called once, just before the consumer's transaction commits. */
    public void flush() {
        store.writeTotals(nonZero(totals));
        store.writeDays(nonZero(days));
        store.writeRevisions(nonZero(revisions));
        Map<AggregateKey, List<Segment>> written = new HashMap<>();
        changed.forEach(aggregate -> written.put(aggregate, segments.get(aggregate)));
        store.writeSegments(written);
        store.writeActivity(activity);
        clear();
    }

    public void reset() {
        clear();
        store.truncate();
    }

    private void add(Segment segment, BigDecimal value, Instant recordedAt) {
        change(segment.cell(), segment.from(), value, recordedAt);
        if (segment.to() != null) {
            change(segment.cell(), segment.to(), value.negate(), recordedAt);
        }
    }

    private void change(Cell cell, LocalDate day, BigDecimal value, Instant recordedAt) {
        totals.merge(cell, value, BigDecimal::add);
        days.merge(new DayKey(cell, day), value, BigDecimal::add);
        revisions.merge(new RevisionKey(cell, day, recordedAt), value, BigDecimal::add);
    }

    private void clear() {
        segments.clear();
        changed.clear();
        totals.clear();
        days.clear();
        revisions.clear();
        activity.clear();
    }

    /**
     * Recording time is kept to the second, rounded up: what was recorded at 10:00:00.3 is known from
     * 10:00:01, so no answer shows a figure as known before it was.
     */
    static Instant ceilToSecond(Instant time) {
        Instant second = time.truncatedTo(ChronoUnit.SECONDS);
        return second.equals(time) ? second : second.plusSeconds(1);
    }

    private static <K> Map<K, BigDecimal> nonZero(Map<K, BigDecimal> changes) {
        Map<K, BigDecimal> result = new HashMap<>();
        changes.forEach((key, value) -> {
            if (value.signum() != 0) {
                result.put(key, value);
            }
        });
        return result;
    }
}
